class A { init(v) { this.v = v; } }
class B < A {}
print B("inherited").v; // expect: inherited
