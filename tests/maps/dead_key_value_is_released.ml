// modes: default stress (about what the collector reclaims)
// The value under a dead key is no longer kept alive by the map.
var k = [1];
var m = {};
m[k] = [1, 2, 3];
gc();
free(k);
print gc(); // expect: 1
print len(m); // expect: 0
