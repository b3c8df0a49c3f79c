var xs = [1, 2];
print alive(xs); // expect: true
print free(xs); // expect: nil
print alive(xs); // expect: false
