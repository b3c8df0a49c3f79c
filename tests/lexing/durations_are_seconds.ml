print 250ms; // expect: 0.25
print 2s; // expect: 2
print 1.5s; // expect: 1.5
print 250ms == 0.25; // expect: true
