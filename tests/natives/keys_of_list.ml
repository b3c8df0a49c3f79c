keys([1]); // expect runtime error: keys: the argument must be a map, not list
