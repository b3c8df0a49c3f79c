var a = [1];
var b = a;
free(a);
print a == b; // expect: true
print a == nil; // expect: false
if (a) print "still truthy"; // expect: still truthy
