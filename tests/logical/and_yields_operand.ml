print 1 and 2; // expect: 2
print nil and 2; // expect: nil
print false and 2; // expect: false
print 1 and 2 and 3; // expect: 3
print 1 and false and 3; // expect: false
