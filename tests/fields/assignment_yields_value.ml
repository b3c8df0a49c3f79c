class A {}
var a = A();
print a.x = 3; // expect: 3
