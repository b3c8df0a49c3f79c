// flags: --heap-limit 1MB
var parts = [];
for (var i = 0; i < 100; i = i + 1) push(parts, "0123456789");
var line = join(parts, ",");
print len(line); // expect: 1099
var many = repeat(parts, 50);
var huge = join(repeat([line], 1000)); // expect runtime error: out of memory: heap limit 1.0 MiB reached
