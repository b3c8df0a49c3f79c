var m = {"a": 1};
m["b"] = 2;
m["a"] = 10;
print m["a"]; // expect: 10
print m["b"]; // expect: 2
print m; // expect: {"a": 10, "b": 2}
