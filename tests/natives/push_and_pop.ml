var xs = [];
print push(xs, 1); // expect: nil
push(xs, "two");
print xs; // expect: [1, "two"]
print pop(xs); // expect: two
print pop(xs); // expect: 1
print xs; // expect: []
