if (true) if (false) print "a"; else print "b"; // expect: b
if (false) if (true) print "c"; else print "d";
print "end"; // expect: end
