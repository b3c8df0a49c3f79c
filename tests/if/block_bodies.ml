if (1 < 2) { print "a"; print "b"; } else { print "c"; }
// expect: a
// expect: b
