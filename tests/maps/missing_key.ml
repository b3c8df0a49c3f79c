var m = {"a": 1};
print m["b"]; // expect runtime error: key "b" is not in the map
