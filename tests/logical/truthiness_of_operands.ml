print 0 and "zero is true"; // expect: zero is true
print "" or "unused"; // expect: 
