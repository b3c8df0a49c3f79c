var a = clock();
var b = clock();
print b >= a; // expect: true
print type(a); // expect: number
