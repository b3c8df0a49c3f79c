len(3); // expect runtime error: len: argument must be a string, list or map, not number
