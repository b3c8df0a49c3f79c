class A { init() { this.a = "a"; } }
class B < A { init() { super.init(); this.b = "b"; } }
var b = B();
print b.a + b.b; // expect: ab
