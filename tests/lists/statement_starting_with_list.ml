[1, 2][0];
print "ok"; // expect: ok
