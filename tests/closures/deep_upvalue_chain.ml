fun a() {
  var v = 1;
  fun b() { fun c() { fun d() { v = v + 1; return v; } return d; } return c; }
  return b;
}
var d = a()()();
print d(); // expect: 2
print d(); // expect: 3
