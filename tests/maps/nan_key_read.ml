var m = {};
print has(m, 0/0); // expect: false
print m[0/0]; // expect runtime error: key nan is not in the map
