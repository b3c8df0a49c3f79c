for (var i = 0; i < 1; i = i + 1) {}
print i; // expect runtime error: undefined variable `i`
