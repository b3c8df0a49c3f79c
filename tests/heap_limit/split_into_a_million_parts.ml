// flags: --heap-limit 4MB
var commas = repeat(",", 1000000);
var parts = split(commas, ","); // expect runtime error: out of memory: heap limit 4.0 MiB reached
