// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
class Node { init(next) { this.next = next; } }
var keep = nil;
for (var i = 0; i < 100; i = i + 1) keep = Node(keep);
gc();
print gc(); // expect: 0
// Dropping the only reference makes all 100 nodes garbage at once; nothing
// allocates before gc(), so even --gc stress has not collected them yet.
keep = nil;
print gc(); // expect: 100
