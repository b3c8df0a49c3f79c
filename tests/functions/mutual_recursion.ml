fun even(n) { if (n == 0) return true; return odd(n - 1); }
fun odd(n) { if (n == 0) return false; return even(n - 1); }
print even(10); // expect: true
print odd(7); // expect: true
