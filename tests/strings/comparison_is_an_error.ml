print "a" < "b"; // expect runtime error: operands of `<` must be numbers
