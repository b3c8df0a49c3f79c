class A { init(n) { this.n = n; } get() { return this.n; } }
var m = A("first").get;
print m(); // expect: first
