print 3; // expect: 3
print 100; // expect: 100
print 1000000; // expect: 1000000
print 3.0; // expect: 3
