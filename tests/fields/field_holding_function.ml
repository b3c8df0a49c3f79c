class A {}
var a = A();
fun f(x) { return x * 2; }
a.f = f;
print a.f(21); // expect: 42
