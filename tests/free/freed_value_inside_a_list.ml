var inner = {"k": 1};
var outer = [1, inner];
free(inner);
print outer; // expect runtime error: use of freed map
