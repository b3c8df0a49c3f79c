random_int(1.5, 3); // expect runtime error: random_int: first argument must be a whole number, not 1.5
