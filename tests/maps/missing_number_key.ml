var m = {};
print m[42]; // expect runtime error: key 42 is not in the map
