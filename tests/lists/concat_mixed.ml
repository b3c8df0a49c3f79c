concat([1], "a"); // expect runtime error: concat: arguments must be two lists or two strings, not list and string
