var class = 1; // expect compile error: unexpected `class`
