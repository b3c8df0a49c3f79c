class P { init(x, y) { this.x = x; this.y = y; } }
var p = P(1, 2);
print p.x + p.y; // expect: 3
