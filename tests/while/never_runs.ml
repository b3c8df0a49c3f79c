while (false) print "never";
print "after"; // expect: after
