var m = {"a": 1, "b": 2};
print remove(m, "a"); // expect: 1
print m; // expect: {"b": 2}
