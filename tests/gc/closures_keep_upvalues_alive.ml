fun make() {
  var captured = "still here";
  fun get() { return captured; }
  return get;
}
var g = make();
gc();
print g(); // expect: still here
