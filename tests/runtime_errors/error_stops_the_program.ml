fun f() { return 1 / nil; } // expect runtime error: operands of `/` must be numbers
print "start"; // expect: start
f();
print "never";
