print "not run";
return 1; // expect compile error: can't return from top-level code
