var inner = [1];
print [inner, inner]; // expect: [[1], [1]]
