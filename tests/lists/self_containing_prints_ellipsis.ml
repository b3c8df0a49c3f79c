var xs = [1, 2];
push(xs, xs);
print xs; // expect: [1, 2, [...]]
var a = []; var b = [a];
push(a, b);
print a; // expect: [[[...]]]
