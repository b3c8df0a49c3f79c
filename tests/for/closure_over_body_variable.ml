var a; var b;
for (var i = 0; i < 2; i = i + 1) {
  var j = i;
  fun f() { return j; }
  if (i == 0) a = f; else b = f;
}
print a(); // expect: 0
print b(); // expect: 1
