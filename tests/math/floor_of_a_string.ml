floor("1.5"); // expect runtime error: floor: the argument must be a number, not string
