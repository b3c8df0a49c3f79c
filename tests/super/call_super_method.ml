class A { m() { return "A.m"; } }
class B < A { m() { return "B then " + super.m(); } }
print B().m(); // expect: B then A.m
