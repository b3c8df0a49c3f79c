{
  print 1; // expect compile error: unexpected end of input
