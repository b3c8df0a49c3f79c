var fs = nil; var i = 0;
var first; var second;
while (i < 2) {
  var j = i;
  fun f() { return j; }
  if (i == 0) first = f; else second = f;
  i = i + 1;
}
print first(); // expect: 0
print second(); // expect: 1
