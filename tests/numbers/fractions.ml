print 0.5; // expect: 0.5
print 123.456; // expect: 123.456
print 1.25 + 1.25; // expect: 2.5
