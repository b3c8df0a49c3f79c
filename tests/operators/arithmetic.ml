print 1 + 2; // expect: 3
print 5 - 7; // expect: -2
print 3 * 4; // expect: 12
print 7 / 2; // expect: 3.5
print -(3); // expect: -3
print --3; // expect: 3
