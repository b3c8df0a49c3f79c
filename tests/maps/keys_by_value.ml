var m = {};
m["k" + "ey"] = "string by value";
print m["key"]; // expect: string by value
m[1] = "one";
print m[1.0]; // expect: one
m[0] = "zero";
print m[-0]; // expect: zero
m[true] = "t";
print m[1 == 1]; // expect: t
m[nil] = "nil";
print m[nil]; // expect: nil
print len(m); // expect: 5
