print -"s"; // expect runtime error: operand of `-` must be a number, not string
