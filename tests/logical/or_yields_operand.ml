print 1 or 2; // expect: 1
print nil or 2; // expect: 2
print false or nil; // expect: nil
print nil or false or "x"; // expect: x
