var calls = 0;
fun seq() { calls += 1; return [1, 2, 3]; }
var sum = 0;
for (var x in seq()) sum += x;
print sum; // expect: 6
print calls; // expect: 1
