// flags: --heap-limit 256KB --gc off
// Instances grow their values as fields are added (first as many as the
// class's instances had so far, then to the most any reached): each growth
// is checked against the limit before it happens.
class Node {}
var keep = [];
while (true) { var n = Node(); n.a = 1; n.b = 2; n.c = 3; n.d = 4; n.e = 5; n.f = 6; push(keep, n); } // expect runtime error: out of memory: heap limit 256.0 KiB reached
