// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
var a = []; var m = {"list": a};
push(a, m);
gc();
a = nil; m = nil;
print gc(); // expect: 2
