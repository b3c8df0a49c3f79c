var break = 1; // expect compile error: expected an identifier
