// flags: --max-depth 50
fun depth(n) { if (n == 0) return 0; return depth(n - 1) + 1; } // expect runtime error: more than 50 nested calls
print depth(40); // expect: 40
depth(100);
