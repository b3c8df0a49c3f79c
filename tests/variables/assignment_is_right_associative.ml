var a = "a"; var b = "b"; var c = "c";
a = b = c;
print a; // expect: c
print b; // expect: c
