class A {}
class B < A { m() { super.missing(); } } // expect runtime error: undefined property `missing`
B().m();
