var s = "b";
print s > 1; // expect runtime error: operands of `>` must be two numbers or two strings, not string and number
