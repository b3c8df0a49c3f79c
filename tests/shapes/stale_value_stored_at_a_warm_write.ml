// Storing a stale reference is a use of it, also where the cache hits.
class P { init() { this.v = 0; } }
fun put(o, v) { o.v = v; }
var p = P();
put(p, 1);
put(p, [1]);
var gone = [2];
free(gone);
put(p, gone); // expect runtime error: use of freed list
