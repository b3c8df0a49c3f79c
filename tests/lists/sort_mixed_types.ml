sort([1, "a"]); // expect runtime error: sort: can't order string and number
