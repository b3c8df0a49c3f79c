// The collector at work: build garbage, drop it, and ask `gc()` how many
// objects it reclaimed. Try it with `--gc off` (nothing is reclaimed) and with
// `--gc stress` (everything is reclaimed as early as possible).
class Node {
  init(value, next) {
    this.value = value;
    this.next = next;
  }
}

fun chain(n) {
  var head = nil;
  for (var i = 0; i < n; i = i + 1) head = Node(i, head);
  return head;
}

var kept = chain(1000);
print "reclaimed before dropping anything:";
print gc();
kept = nil;
print "reclaimed after dropping a 1000-node chain:";
print gc();

// A cycle is garbage too once nothing outside it refers to it.
var a = Node("a", nil);
var b = Node("b", a);
a.next = b;
a = nil;
b = nil;
print "reclaimed after dropping a two-node cycle:";
print gc();
