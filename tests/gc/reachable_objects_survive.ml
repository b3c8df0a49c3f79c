class Node { init(v) { this.v = v; } }
var keep = Node("kept");
keep.child = Node("child");
gc();
print keep.v; // expect: kept
print keep.child.v; // expect: child
