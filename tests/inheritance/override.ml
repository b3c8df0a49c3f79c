class A { m() { return "A"; } }
class B < A { m() { return "B"; } }
print B().m(); // expect: B
print A().m(); // expect: A
