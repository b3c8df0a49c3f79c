len(); // expect runtime error: `len` expects 1 argument but got 0
