var m = {};
m["z"] = 1; m["a"] = 2; m["m"] = 3;
print keys(m); // expect: ["z", "a", "m"]
m["z"] = 10;
print keys(m); // expect: ["z", "a", "m"]
