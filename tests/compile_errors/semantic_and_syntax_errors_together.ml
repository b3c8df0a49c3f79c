print "x" // expect compile error: expected `;` after this
print 1;
this; // expect compile error: can't use `this` outside of a class
