fun f(a, b) { return a + b; }
print f(1, 2,); // expect: 3
