var xs = [1, 2, 3];
var r = reverse(xs);
print r; // expect: [3, 2, 1]
print xs; // expect: [1, 2, 3]
print concat(xs, [4]); // expect: [1, 2, 3, 4]
var c = copy(xs);
push(c, 9);
print xs; // expect: [1, 2, 3]
print c; // expect: [1, 2, 3, 9]
