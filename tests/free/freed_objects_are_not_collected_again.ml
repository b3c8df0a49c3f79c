// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
var a = [1]; var b = [2];
free(a);
gc();
b = nil;
print gc(); // expect: 1
