var xs = [1, 2, 3];
print xs[-1]; // expect runtime error: list index -1 is out of range for a list of length 3
