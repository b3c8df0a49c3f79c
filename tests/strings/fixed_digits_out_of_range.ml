fixed(1, 101); // expect runtime error: fixed: second argument must be 0 to 100 digits, not 101
