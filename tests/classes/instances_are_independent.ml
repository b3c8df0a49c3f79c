class P {}
var a = P(); var b = P();
a.x = 1; b.x = 2;
print a.x; // expect: 1
print b.x; // expect: 2
