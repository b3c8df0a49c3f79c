print "one
two";
// expect: one
// expect: two
