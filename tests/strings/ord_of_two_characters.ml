ord("ab"); // expect runtime error: ord: argument must be one character, not a string of length 2
