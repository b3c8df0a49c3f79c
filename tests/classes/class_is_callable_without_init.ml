class A {}
var a = A();
print a; // expect: A instance
A(1); // expect runtime error: `A` expects 0 arguments but got 1
