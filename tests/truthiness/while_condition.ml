var i = 3;
while (i) { print i; if (i == 1) i = nil; else i = i - 1; }
// expect: 3
// expect: 2
// expect: 1
