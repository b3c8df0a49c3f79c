var counts = {};
counts["x"] += 1; // expect runtime error: key "x" is not in the map
