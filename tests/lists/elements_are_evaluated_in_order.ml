fun show(x) { print x; return x; }
var xs = [show(1), show(2), show(3)];
// expect: 1
// expect: 2
// expect: 3
print xs; // expect: [1, 2, 3]
