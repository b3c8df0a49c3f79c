clock(1); // expect runtime error: `clock` expects 0 arguments but got 1
