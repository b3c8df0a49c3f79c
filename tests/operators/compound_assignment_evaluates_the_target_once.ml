var evaluated = 0;
var xs = [0, 0];
fun target() { evaluated += 1; return xs; }
fun at() { evaluated += 10; return 1; }
target()[at()] += 5;
print xs; // expect: [0, 5]
print evaluated; // expect: 11
class Box { init() { this.v = 1; } }
var box = Box();
var made = 0;
fun get_box() { made += 1; return box; }
get_box().v += 1;
print box.v; // expect: 2
print made; // expect: 1
