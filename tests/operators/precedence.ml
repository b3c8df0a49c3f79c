print 2 + 3 * 4; // expect: 14
print (2 + 3) * 4; // expect: 20
print 20 - 6 / 2; // expect: 17
print 1 - 2 - 3; // expect: -4
print 16 / 4 / 2; // expect: 2
print -2 * 3; // expect: -6
print 1 + 2 == 3; // expect: true
print 1 < 2 == 2 < 3; // expect: true
print !true == false; // expect: true
