// flags: --seed 42
// The same seed gives the same numbers (tests/cli.rs checks across runs).
var r = random();
print r >= 0 and r < 1; // expect: true
var seen = {};
for (var i = 0; i < 600; i = i + 1) {
  var d = random_int(1, 6);
  if (d < 1 or d > 6 or d != floor(d)) print "bad " + str(d);
  seen[d] = true;
}
print len(seen); // expect: 6
print random_int(3, 3); // expect: 3
print random_int(-2, -2); // expect: -2
