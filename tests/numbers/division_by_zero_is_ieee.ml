print 5 / 0 > 1000000; // expect: true
print 0 / 0 == 0 / 0; // expect: false
