print nope; // expect runtime error: undefined variable `nope`
