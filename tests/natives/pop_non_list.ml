pop({}); // expect runtime error: pop: the argument must be a list, not map
