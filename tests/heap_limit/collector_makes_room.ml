// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
// flags: --heap-limit 256KB
class Node { init(v) { this.v = v; } }
var sum = 0;
for (var i = 0; i < 20000; i = i + 1) sum = sum + Node(i).v;
print sum; // expect: 199990000
