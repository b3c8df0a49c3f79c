class P { init() { this.x = 1; } }
fun read(o) { return o.x; }
var p = P();
print read(p); // expect: 1
print read(p); // expect: 1
free(p);
print read(p); // expect runtime error: use of freed instance
