class Counter { init() { this.n = 0; } }
var c = Counter();
c.n += 5;
c.n *= 2;
print c.n; // expect: 10
var xs = [1, 2, 3];
xs[0] += 10;
xs[-1] -= 1;
print xs; // expect: [11, 2, 2]
var m = {"hits": 0};
m["hits"] += 1;
m["hits"] += 1;
print m; // expect: {"hits": 2}
