// flags: --heap-limit 1MB
var s = repeat("x", 100);
print len(s); // expect: 100
var big = repeat("abcdefgh", 1000000); // expect runtime error: out of memory: heap limit 1.0 MiB reached
