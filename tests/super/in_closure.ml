class A { m() { return "A"; } }
class B < A { m() { fun f() { return super.m(); } return f; } }
print B().m()(); // expect: A
