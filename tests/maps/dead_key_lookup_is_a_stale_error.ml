var k = {"inner": 1};
var m = {};
m[k] = 1;
free(k);
print has(m, k); // expect runtime error: use of freed map
