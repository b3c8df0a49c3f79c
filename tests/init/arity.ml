class P { init(a, b) {} }
P(1); // expect runtime error: `init` expects 2 arguments but got 1
