class Box {}
var b = Box();
for (var i = 0; i < 1000; i = i + 1) { b.s = "v" + "x"; }
gc();
print b.s; // expect: vx
