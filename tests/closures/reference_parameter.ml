fun adder(n) { fun add(x) { return x + n; } return add; }
var add5 = adder(5);
print add5(1); // expect: 6
