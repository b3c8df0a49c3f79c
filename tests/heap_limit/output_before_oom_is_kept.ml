// flags: --heap-limit 128KB
print "before"; // expect: before
var s = "ab";
while (true) s = s + s; // expect runtime error: out of memory
