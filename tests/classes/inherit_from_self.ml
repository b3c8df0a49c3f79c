class Foo < Foo {} // expect compile error: a class can't inherit from itself
