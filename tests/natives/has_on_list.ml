has([1], 1); // expect runtime error: has: first argument must be a map, not list
