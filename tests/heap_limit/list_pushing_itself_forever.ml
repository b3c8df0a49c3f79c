// flags: --heap-limit 1MB
var xs = [];
while (true) push(xs, xs); // expect runtime error: out of memory: heap limit 1.0 MiB reached
