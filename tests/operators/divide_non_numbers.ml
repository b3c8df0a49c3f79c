print true / 1; // expect runtime error: operands of `/` must be numbers
