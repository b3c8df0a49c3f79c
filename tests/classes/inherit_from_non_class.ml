var NotAClass = "string";
class Sub < NotAClass {} // expect runtime error: a class can only inherit from a class, not from string
