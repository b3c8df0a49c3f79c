class A {}
var a = A();
var b = A();
print a == a; // expect: true
print a == b; // expect: false
fun f() {}
print f == f; // expect: true
print A == A; // expect: true
