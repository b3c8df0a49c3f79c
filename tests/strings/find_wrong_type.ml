find("abc", 1); // expect runtime error: find: second argument must be a string, not number
