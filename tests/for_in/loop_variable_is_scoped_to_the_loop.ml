for (var x in [1]) {}
print x; // expect runtime error: undefined variable `x`
