var xs = [1, 2, 3];
insert(xs, 0, 0);
insert(xs, len(xs), 4);
insert(xs, -1, 3.5);
print xs; // expect: [0, 1, 2, 3, 3.5, 4]
print remove_at(xs, 4); // expect: 3.5
print remove_at(xs, -1); // expect: 4
print xs; // expect: [0, 1, 2, 3]
