class Node { init(v) { this.v = v; } }
var total = 0;
for (var i = 0; i < 200000; i = i + 1) { var n = Node(i); total = total + n.v; }
print total; // expect: 19999900000
