class P { init() { this.x = 1; } }
var p = P();
free(p);
print p.x; // expect runtime error: use of freed instance
