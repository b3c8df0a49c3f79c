class A { m() { return "A"; } }
class B < A {}
class C < B {}
print C().m(); // expect: A
