"str"(); // expect runtime error: can only call functions and classes, not string
