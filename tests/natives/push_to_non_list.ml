push("s", 1); // expect runtime error: push: first argument must be a list, not string
