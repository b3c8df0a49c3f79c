// A cache whose entries expire by themselves: each value is stored with
// @ttl(2s), and a lookup checks alive() before trusting an entry. Run with the
// virtual clock to see exactly when entries lapse:
//
//   minilang --clock virtual examples/memory/ttl_cache.ml
class Cache {
  init(ttl) {
    this.ttl = ttl;
    this.entries = {};
    this.hits = 0;
    this.misses = 0;
  }

  put(key, value) {
    // The entry is a small list so that it is an object with its own deadline.
    this.entries[key] = [value] @ttl(this.ttl);
  }

  get(key) {
    if (has(this.entries, key) and alive(this.entries[key])) {
      this.hits = this.hits + 1;
      return this.entries[key][0];
    }
    this.misses = this.misses + 1;
    if (has(this.entries, key)) remove(this.entries, key);
    return nil;
  }
}

fun slowSquare(n) {
  sleep(0.5);   // pretend this is expensive
  return n * n;
}

var cache = Cache(2s);
fun square(n) {
  var cached = cache.get(n);
  if (cached != nil) return cached;
  var value = slowSquare(n);
  cache.put(n, value);
  return value;
}

print square(12);   // miss: computed
print square(12);   // hit
sleep(3);           // the entry's two seconds pass
print square(12);   // miss again: it expired
print "hits " + str(cache.hits) + ", misses " + str(cache.misses);
