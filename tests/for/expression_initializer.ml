var i;
for (i = 5; i < 7; i = i + 1) print i;
// expect: 5
// expect: 6
print i; // expect: 7
