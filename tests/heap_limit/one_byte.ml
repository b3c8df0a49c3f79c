print "never"; // expect runtime error: out of memory: heap limit 1 B reached
// flags: --heap-limit 1
