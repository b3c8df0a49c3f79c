print "abc"[:"x"]; // expect runtime error: slice end must be a number or nil, not string
