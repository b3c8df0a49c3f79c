// flags: --ignore-free
var xs = [1];
print free(xs); // expect: nil
print alive(xs); // expect: true
print xs; // expect: [1]
