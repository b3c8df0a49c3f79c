// The 1,000,000-long version runs in tests/collector.rs (too slow for --gc stress).
class Link { init(next) { this.next = next; } }
var head = nil;
for (var i = 0; i < 3000; i = i + 1) head = Link(head);
gc();
var n = 0;
var p = head;
while (p != nil) { n = n + 1; p = p.next; }
print n; // expect: 3000
