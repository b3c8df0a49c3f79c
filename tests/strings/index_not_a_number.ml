print "abc"[nil]; // expect runtime error: string index must be a number, not nil
