print 7 % 3; // expect: 1
print -7 % 3; // expect: 2
print 7 % -3; // expect: -2
print -7 % -3; // expect: -1
print 5.5 % 2; // expect: 1.5
print 6 % 3; // expect: 0
print 5 % 0; // expect: nan
print 2 + 7 % 4 * 2; // expect: 8
