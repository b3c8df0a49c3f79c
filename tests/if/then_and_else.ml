if (true) print "then"; else print "else"; // expect: then
if (false) print "then"; else print "else"; // expect: else
if (false) print "skipped";
print "done"; // expect: done
