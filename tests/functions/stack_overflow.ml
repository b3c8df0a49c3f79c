fun forever(n) { return forever(n + 1); } // expect runtime error: stack overflow
forever(0);
