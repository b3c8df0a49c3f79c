print true + nil; // expect runtime error: operands of `+` must be two numbers or two strings, not bool and nil
