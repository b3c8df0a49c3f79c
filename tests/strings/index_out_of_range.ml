print "abc"[3]; // expect runtime error: string index 3 is out of range for a string of length 3
