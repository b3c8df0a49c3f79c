var fs = [];
for (var x in ["a", "b", "c"]) {
  fun f() { return x; }
  push(fs, f);
}
for (var f in fs) print f();
// expect: a
// expect: b
// expect: c
