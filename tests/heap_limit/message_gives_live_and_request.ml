// flags: --heap-limit 64KB
var xs = [];
for (var i = 0; i < 100000; i = i + 1) push(xs, i); // expect runtime error: (64.0 KiB live, 64.0 KiB requested)
