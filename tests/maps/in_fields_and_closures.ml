class Cache { init() { this.entries = {}; } put(k, v) { this.entries[k] = v; } get(k) { return this.entries[k]; } }
var c = Cache();
c.put("x", [1, 2]);
gc();
print c.get("x"); // expect: [1, 2]
