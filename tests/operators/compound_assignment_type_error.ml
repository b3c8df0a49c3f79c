var s = "a";
s -= 1; // expect runtime error: operands of `-` must be numbers, not string and number
