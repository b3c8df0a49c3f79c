// flags: --heap-limit 256KB --gc off
class Node {}
var i = 0;
while (true) { Node(); i = i + 1; } // expect runtime error: out of memory: heap limit 256.0 KiB reached
