class P { init() { this.x = 1; } }
fun write(o, v) { o.x = v; }
var p = P();
write(p, 2);
write(p, 3);
print p.x; // expect: 3
free(p);
write(p, 4); // expect runtime error: use of freed instance
