var xs = [1, 2, 3];
print xs[1.5]; // expect runtime error: list index 1.5 is not a whole number
