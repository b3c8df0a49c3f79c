/* a block
   comment spanning lines */ print "a"; /* inline */ print "b";
// expect: a
// expect: b
