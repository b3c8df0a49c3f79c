class A { m() { return "A"; } }
class B < A { m() { return "B>" + super.m(); } }
class C < B { m() { return "C>" + super.m(); } }
print C().m(); // expect: C>B>A
