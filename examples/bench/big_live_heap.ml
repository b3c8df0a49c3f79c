// GC pauses with a big live heap: eight binary trees of depth 16 (about
// 64 MiB) stay alive while the program keeps making short-lived garbage, and
// now and then replaces one tree, so the old generation changes too. Give a
// number of trees to scale it: `minilang --stats big_live_heap.ml 32` keeps
// about 256 MiB. Compare the collectors' pauses with
// `minilang --contrast collectors --stats examples/bench/big_live_heap.ml`.
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
if (len(args()) > 0) trees = num(args()[0]);
var forest = [];
for (var i = 0; i < trees; i = i + 1) push(forest, tree(16));

var made = 0;
for (var round = 0; round < 40; round = round + 1) {
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
