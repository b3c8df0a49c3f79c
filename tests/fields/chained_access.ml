class Node {}
var a = Node(); a.next = Node(); a.next.next = Node(); a.next.next.v = "end";
print a.next.next.v; // expect: end
