type(1, 2); // expect runtime error: `type` expects 1 argument but got 2
