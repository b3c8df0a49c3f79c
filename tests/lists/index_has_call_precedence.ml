fun make() { return [1, 2, 3]; }
print make()[1]; // expect: 2
print -[4][0]; // expect: -4
