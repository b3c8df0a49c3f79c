fun makeCounter() {
  var i = 0;
  fun count() { i = i + 1; return i; }
  return count;
}
var c = makeCounter();
print c(); // expect: 1
print c(); // expect: 2
var d = makeCounter();
print d(); // expect: 1
