remove({"a": 1}, "z"); // expect runtime error: remove: key "z" is not in the map
