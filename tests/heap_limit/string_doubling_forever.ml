// flags: --heap-limit 1MB
var s = "x";
while (true) s = s + s; // expect runtime error: out of memory: heap limit 1.0 MiB reached
