nope = 1; // expect runtime error: undefined variable `nope`
