var x = [1] @ttl(20ms);
var start = clock();
while (clock() - start < 0.1) {}
print alive(x); // expect: false
