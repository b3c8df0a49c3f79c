print "ok";
print "never closed; // expect compile error: unterminated string
