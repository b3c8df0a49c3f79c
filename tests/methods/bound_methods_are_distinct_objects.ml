class A { m() {} }
var a = A();
print a.m == a.m; // expect: false
