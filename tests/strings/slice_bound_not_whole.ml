print "abc"[0.5:]; // expect runtime error: slice start 0.5 is not a whole number
