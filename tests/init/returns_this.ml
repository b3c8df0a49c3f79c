class A { init() { this.v = 1; } }
var a = A();
print a.init() == a; // expect: true
