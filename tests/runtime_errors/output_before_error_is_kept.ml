print "before"; // expect: before
print nil + 1; // expect runtime error: operands of `+`
print "after";
