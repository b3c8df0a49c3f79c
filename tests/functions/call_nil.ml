nil(); // expect runtime error: can only call functions and classes, not nil
