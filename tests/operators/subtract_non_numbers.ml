print 1 - nil; // expect runtime error: operands of `-` must be numbers, not number and nil
