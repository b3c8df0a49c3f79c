var xs = [];
for (var i = 0; i < 1000000; i = i + 1) push(xs, i);
print len(xs); // expect: 1000000
print xs[999999]; // expect: 999999
var sum = 0;
for (var i = 0; i < len(xs); i = i + 1) sum = sum + xs[i];
print sum; // expect: 499999500000
