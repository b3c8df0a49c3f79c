class Foo {}
print Foo; // expect: Foo
print Foo(); // expect: Foo instance
