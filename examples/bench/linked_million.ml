// GC stress: a 1,000,000-long linked list, marked by a full collection. The
// collector's gray stack is explicit, so the mark does not recurse a million
// deep; the walk afterwards checks nothing was lost.
class Link {
  init(value, next) { this.value = value; this.next = next; }
}

var start = clock();
var head = nil;
for (var i = 0; i < 1000000; i = i + 1) head = Link(i, head);
gc();
var count = 0;
var sum = 0;
for (var p = head; p != nil; p = p.next) {
  count = count + 1;
  sum = sum + p.value;
}
print count;
print sum;
print clock() - start;
