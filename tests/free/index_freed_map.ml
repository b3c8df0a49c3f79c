var m = {"a": 1};
free(m);
print m["a"]; // expect runtime error: use of freed map
