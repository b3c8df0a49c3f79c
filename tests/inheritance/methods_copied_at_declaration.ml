class A { m() { return "old"; } }
class B < A {}
class A { m() { return "new"; } }
print B().m(); // expect: old
