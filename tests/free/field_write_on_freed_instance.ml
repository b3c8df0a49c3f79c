class P {}
var p = P();
free(p);
p.x = 1; // expect runtime error: use of freed instance
