class A { init(x) { this.x = x; } }
class B < A { init() { super.init("from super"); } }
print B().x; // expect: from super
