print nil > 1; // expect runtime error: operands of `>` must be numbers
