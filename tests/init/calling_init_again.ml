class C { init(n) { this.n = n; } }
var c = C(1);
var r = c.init(5);
print c.n; // expect: 5
print r == c; // expect: true
