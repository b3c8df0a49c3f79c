fun count(n) { if (n == 0) return 0; return count(n - 1) + 1; }
print count(9000); // expect: 9000
