// An order that is not an order gives some permutation, never a crash.
fun coin(a, b) { return random() < 0.5; }
var xs = [];
for (var i = 0; i < 200; i = i + 1) push(xs, i);
sort(xs, coin);
var total = 0;
for (var x in xs) total += x;
print len(xs); // expect: 200
print total; // expect: 19900
