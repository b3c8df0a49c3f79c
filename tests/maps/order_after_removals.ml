var m = {"a": 1, "b": 2, "c": 3, "d": 4};
remove(m, "b");
print m; // expect: {"a": 1, "c": 3, "d": 4}
m["b"] = 5;
print m; // expect: {"a": 1, "c": 3, "d": 4, "b": 5}
remove(m, "a");
print keys(m); // expect: ["c", "d", "b"]
