var a = [1]; var b = [2];
free(a);
gc();
b = nil;
print gc(); // expect: 1
