gc(1); // expect runtime error: `gc` expects 0 arguments but got 1
