// A map holding a dead key prints without it, also inside a list, and a map
// built from a literal forgets its dead keys too.
var k = [1];
var m = {k: "v", "x": 1};
var l = [m];
free(k);
print l; // expect: [{"x": 1}]
print len(m); // expect: 1
