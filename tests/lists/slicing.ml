var xs = [1, 2, 3, 4, 5];
print xs[1:3]; // expect: [2, 3]
print xs[-2:]; // expect: [4, 5]
print xs[:0]; // expect: []
var ys = xs[:];
ys[0] = 99;
print xs[0]; // expect: 1
print ys == xs; // expect: false
print slice(xs, 3); // expect: [4, 5]
print slice(xs, 0, -4); // expect: [1]
