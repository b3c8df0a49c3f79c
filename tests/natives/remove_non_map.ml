remove(nil, 1); // expect runtime error: remove: first argument must be a map, not nil
