fun f() { return 1; print "unreachable"; }
print f(); // expect: 1
