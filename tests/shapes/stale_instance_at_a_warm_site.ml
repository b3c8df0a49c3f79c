// Inline caches that have seen an instance still report it stale once it is
// freed: reads, writes and method calls.
class P {
  init() { this.x = 1; }
  get() { return this.x; }
}
fun read(o) { return o.x; }
fun write(o) { o.x = 2; }
fun call(o) { return o.get(); }
var p = P();
print read(p); // expect: 1
write(p);
print call(p); // expect: 2
print read(p); // expect: 2
var q = P();
free(q);
print call(q); // expect runtime error: use of freed instance
