print 1_; // expect compile error: a `_` in a number must stand between two digits
print 1__0; // expect compile error: a `_` in a number must stand between two digits
