var xs = [1, 2, 3];
print xs[3]; // expect runtime error: list index 3 is out of range for a list of length 3
