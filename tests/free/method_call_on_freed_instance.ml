class P { m() { return 1; } }
var p = P();
free(p);
p.m(); // expect runtime error: use of freed instance
