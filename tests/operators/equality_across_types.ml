print nil == nil; // expect: true
print nil == false; // expect: false
print true == true; // expect: true
print true == 1; // expect: false
print 1 == 1; // expect: true
print 1 != 2; // expect: true
print "1" != 1; // expect: true
