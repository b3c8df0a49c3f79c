// flags: --heap-limit 512KB
var m = {};
var i = 0;
while (true) { m[i] = i; i = i + 1; } // expect runtime error: out of memory: heap limit 512.0 KiB reached
