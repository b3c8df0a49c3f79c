return; // expect compile error: can't return from top-level code
