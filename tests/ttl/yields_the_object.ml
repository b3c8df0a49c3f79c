// flags: --clock virtual

var xs = [1, 2] @ttl(1s);
print xs; // expect: [1, 2]
print len([3] @ttl(10s)); // expect: 1
