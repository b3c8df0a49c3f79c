var g = 10;
g += 5; g -= 3; g *= 4; g /= 6; g %= 5;
print g; // expect: 3
fun f() {
  var l = 1;
  l += 1;
  fun inner() { l *= 10; return l; }
  print inner(); // expect: 20
  print l; // expect: 20
}
f();
var s = "ab";
s += "cd";
print s; // expect: abcd
print (g += 1); // expect: 4
