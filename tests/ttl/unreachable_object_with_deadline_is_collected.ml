// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
// flags: --clock virtual

var x = [1] @ttl(100s);
gc();
x = nil;
print gc(); // expect: 1
sleep(200);
print "the later deadline finds nothing to expire"; // expect: the later deadline finds nothing to expire
