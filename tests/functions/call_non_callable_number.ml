var x = 1;
x(); // expect runtime error: can only call functions and classes, not number
