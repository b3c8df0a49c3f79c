class A { m() { return this.name; } }
class B < A { init() { this.name = "b"; } get() { return super.m; } }
var f = B().get();
print f(); // expect: b
