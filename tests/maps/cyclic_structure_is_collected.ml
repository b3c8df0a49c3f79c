var a = []; var m = {"list": a};
push(a, m);
gc();
a = nil; m = nil;
print gc(); // expect: 2
