// GC stress: a large long-lived heap with churn. A tree of about 350,000 nodes
// stays alive for the whole run while short-lived garbage is made beside it,
// so every collection has to mark the big tree again: the pauses grow with the
// live heap (see --gc-trace and --stats).
class Node {
  init(depth) {
    this.depth = depth;
    if (depth > 0) {
      this.left = Node(depth - 1);
      this.right = Node(depth - 1);
    } else {
      this.left = nil;
      this.right = nil;
    }
  }
}

var start = clock();
var keep = Node(18);
var garbage = 0;
for (var i = 0; i < 1000000; i = i + 1) {
  var tmp = [i, i, i];
  garbage = garbage + len(tmp);
}
print garbage;
print keep.left.right.depth;
print clock() - start;
