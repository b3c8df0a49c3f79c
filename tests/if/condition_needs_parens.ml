if true print 1; // expect compile error: unexpected `true`
