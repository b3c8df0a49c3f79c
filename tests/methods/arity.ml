class A { m(a, b) {} }
A().m(1); // expect runtime error: `m` expects 2 arguments but got 1
