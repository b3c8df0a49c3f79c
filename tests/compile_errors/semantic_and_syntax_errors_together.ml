print "x"
print 1; // expect compile error: unexpected `print`
this; // expect compile error: can't use `this` outside of a class
