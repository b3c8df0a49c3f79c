class A { m() { return 1; } }
class A { m() { return 2; } }
print A().m(); // expect: 2
