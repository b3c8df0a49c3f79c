print 1; // a comment
// print 2;
print 3; // expect: 1
// expect: 3
