var xs = ["a", 2, nil, 2];
print index_of(xs, 2); // expect: 1
print index_of(xs, nil); // expect: 2
print index_of(xs, "z"); // expect: nil
print contains(xs, "a"); // expect: true
print contains(xs, 3); // expect: false
print contains({"k": 1}, "k"); // expect: true
