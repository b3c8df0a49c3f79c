var fs = nil;
var f1; var f2; var f3;
for (var i = 1; i <= 3; i = i + 1) {
  var k = i * 10;
  fun f() { return k; }
  if (i == 1) f1 = f;
  if (i == 2) f2 = f;
  if (i == 3) f3 = f;
}
print f1(); // expect: 10
print f2(); // expect: 20
print f3(); // expect: 30
