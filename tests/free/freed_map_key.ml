var key = [1];
var m = {};
m[key] = "v";
free(key);
print m[key]; // expect runtime error: use of freed list
