max(1, "2"); // expect runtime error: max: second argument must be a number (or the only argument a list), not string
