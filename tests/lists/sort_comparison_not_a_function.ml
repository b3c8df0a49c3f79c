sort([1, 2], 3); // expect runtime error: sort: second argument must be a function, not number
