// GC pauses with a big live heap: eight binary trees of depth 16 (about
// 64 MiB) stay alive while the program keeps making short-lived garbage, and
// now and then replaces one tree, so the old generation changes too. Give a
// number of trees to scale it (`minilang --stats big_live_heap.ml 32` keeps
// about 256 MiB) and a number of rounds of garbage (default 40). Compare the
// collectors with `minilang --contrast=collectors examples/bench/big_live_heap.ml`.
class Node {
  init(left, right) {
    this.left = left;
    this.right = right;
  }
}

fun tree(depth) {
  if (depth == 0) return Node(nil, nil);
  return Node(tree(depth - 1), tree(depth - 1));
}

fun count(node) {
  if (node.left == nil) return 1;
  return 1 + count(node.left) + count(node.right);
}

var trees = 8;
var rounds = 40;
if (len(args()) > 0) trees = num(args()[0]);
if (len(args()) > 1) rounds = num(args()[1]);
var forest = [];
for (var i = 0; i < trees; i = i + 1) push(forest, tree(16));

var made = 0;
for (var round = 0; round < rounds; round = round + 1) {
  // Garbage: small trees and lists nobody keeps.
  for (var i = 0; i < 2000; i = i + 1) {
    var small = tree(4);
    var list = [i, i + 1, i + 2];
    made = made + len(list);
  }
  // Replace one long-lived tree every fourth round.
  if (round % 4 == 0) forest[round / 4 % trees] = tree(16);
}

var nodes = 0;
for (var i = 0; i < trees; i = i + 1) nodes = nodes + count(forest[i]);
print nodes;
print made;
