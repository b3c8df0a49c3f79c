var in = 1; // expect compile error: expected an identifier
