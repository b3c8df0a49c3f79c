/* outer /* inner */ print "after";
// expect: after
