print "a" % 2; // expect runtime error: operands of `%` must be numbers, not string and number
