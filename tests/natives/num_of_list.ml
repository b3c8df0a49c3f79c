num([]); // expect runtime error: num: argument must be a string, not list
