// One property instruction meets instances whose fields sit at different
// positions: its inline cache must never hand back another shape's field.
class A { init() { this.x = 1; this.y = 2; } }
class B { init() { this.y = 20; this.x = 10; } }
class C { init() { this.z = 0; this.y = 200; this.x = 100; } }
fun sum(o) { return o.x + o.y; }
fun bump(o) { o.x = o.x + 1; }
var items = [A(), B(), C(), A(), C(), B()];
for (var o in items) print sum(o);
// expect: 3
// expect: 30
// expect: 300
// expect: 3
// expect: 300
// expect: 30
for (var o in items) bump(o);
for (var o in items) print o.x;
// expect: 2
// expect: 11
// expect: 101
// expect: 2
// expect: 101
// expect: 11
print items[2].z; // expect: 0
