class A { m() { return "method"; } }
var a = A();
print a.m(); // expect: method
fun replacement() { return "field"; }
a.m = replacement;
print a.m(); // expect: field
