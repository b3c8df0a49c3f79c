if (true) var a = 1; // expect compile error: unexpected `var`
