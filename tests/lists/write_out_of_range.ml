var xs = [];
xs[0] = 1; // expect runtime error: list index 0 is out of range for a list of length 0
