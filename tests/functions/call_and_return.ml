fun add(a, b) { return a + b; }
print add(1, 2); // expect: 3
