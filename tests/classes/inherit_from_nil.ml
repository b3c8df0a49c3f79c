var Base = nil;
class Sub < Base {} // expect runtime error: inherit from a class, not from nil
