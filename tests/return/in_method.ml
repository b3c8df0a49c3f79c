class A { m() { return "m"; } }
print A().m(); // expect: m
