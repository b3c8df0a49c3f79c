fun f(a) { a = a + 1; return a; }
var x = 1;
print f(x); // expect: 2
print x; // expect: 1
