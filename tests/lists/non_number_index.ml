var xs = [1, 2, 3];
print xs["0"]; // expect runtime error: list index must be a number, not string
