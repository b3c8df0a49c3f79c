print 1e3; // expect: 1000
print 2.5e-4; // expect: 0.00025
print 1E+2; // expect: 100
print 1_000_000; // expect: 1000000
print 3.141_592; // expect: 3.141592
print 1_500ms; // expect: 1.5
print 1e400; // expect: inf
