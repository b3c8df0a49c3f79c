// Classic Lox benchmark: allocate and walk many short-lived binary trees while
// one long-lived tree stays on the heap (same parameters as the Lua and Python
// ports in the shared bench folder: depths 4..14).
class Tree {
  init(item, depth) {
    this.item = item;
    this.depth = depth;
    if (depth > 0) {
      var doubled = item + item;
      depth = depth - 1;
      this.left = Tree(doubled - 1, depth);
      this.right = Tree(doubled, depth);
    } else {
      this.left = nil;
      this.right = nil;
    }
  }

  check() {
    if (this.left == nil) return this.item;
    return this.item + this.left.check() - this.right.check();
  }
}

var minDepth = 4;
var maxDepth = 14;
var stretchDepth = maxDepth + 1;
var start = clock();

print "stretch tree of depth:";
print stretchDepth;
print "check:";
print Tree(0, stretchDepth).check();

var longLivedTree = Tree(0, maxDepth);

var iterations = 1;
for (var d = 0; d < maxDepth; d = d + 1) iterations = iterations * 2;

var depth = minDepth;
while (depth < stretchDepth) {
  var check = 0;
  for (var i = 1; i <= iterations; i = i + 1) {
    check = check + Tree(i, depth).check() + Tree(-i, depth).check();
  }
  print "num trees:";
  print iterations * 2;
  print "depth:";
  print depth;
  print "check:";
  print check;
  iterations = iterations / 4;
  depth = depth + 2;
}

print "long lived tree of depth:";
print maxDepth;
print "check:";
print longLivedTree.check();
print "elapsed:";
print clock() - start;
