class A { m() { return g; } }
var g = "late";
print A().m(); // expect: late
