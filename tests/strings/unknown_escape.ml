print "bad \q escape"; // expect compile error: unknown escape `\q`
