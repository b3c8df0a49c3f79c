fun f(a, a) {} // expect compile error: a variable named `a` is already declared in this scope
