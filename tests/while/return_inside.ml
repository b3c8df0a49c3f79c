fun f() { while (true) { return "out"; } }
print f(); // expect: out
