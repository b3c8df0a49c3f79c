print "must not print";
this; // expect compile error: can't use `this` outside of a class
