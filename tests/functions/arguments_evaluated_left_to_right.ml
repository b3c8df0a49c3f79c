fun show(x) { print x; return x; }
fun three(a, b, c) {}
three(show(1), show(2), show(3));
// expect: 1
// expect: 2
// expect: 3
