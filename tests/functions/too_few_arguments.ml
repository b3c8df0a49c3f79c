fun f(a, b) {}
f(1); // expect runtime error: `f` expects 2 arguments but got 1
