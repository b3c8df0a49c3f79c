fun twice(f, x) { return f(f(x)); }
fun inc(x) { return x + 1; }
print twice(inc, 5); // expect: 7
var g = inc;
print g(1); // expect: 2
