fun f(a) {}
f(1, 2, 3); // expect runtime error: `f` expects 1 argument but got 3
