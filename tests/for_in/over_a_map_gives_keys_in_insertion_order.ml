var m = {"z": 1, "a": 2};
m["m"] = 3;
for (var k in m) print k + "=" + str(m[k]);
// expect: z=1
// expect: a=2
// expect: m=3
