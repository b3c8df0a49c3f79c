{
  print 1; // expect: 1
  { print 2; } // expect: 2
  print 3; // expect: 3
}
