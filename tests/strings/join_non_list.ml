join("abc", ","); // expect runtime error: join: first argument must be a list, not string
