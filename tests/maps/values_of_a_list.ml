values([1]); // expect runtime error: values: the argument must be a map, not list
