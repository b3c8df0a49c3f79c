print 1 < 2 < 3; // expect runtime error: operands of `<` must be numbers, not bool and number
