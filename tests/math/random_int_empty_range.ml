random_int(5, 1); // expect runtime error: random_int: the range 5 to 1 is empty
