// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
class Node {}
gc();
{
  var a = Node(); var b = Node();
  a.other = b; b.other = a;
}
print gc() >= 2; // expect: true
