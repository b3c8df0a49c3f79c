// flags: --heap-limit 1MB
var xs = repeat([1, 2, 3, 4], 100000); // expect runtime error: out of memory: heap limit 1.0 MiB reached
