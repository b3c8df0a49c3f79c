print "x";
// expect: x
// no newline after this comment