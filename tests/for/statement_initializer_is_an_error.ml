for (print 1; false;) {} // expect compile error: unexpected `print`
