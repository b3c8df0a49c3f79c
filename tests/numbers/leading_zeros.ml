print 007; // expect: 7
print 00.5; // expect: 0.5
