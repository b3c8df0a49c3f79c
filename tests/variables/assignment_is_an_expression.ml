var a; var b;
a = b = 3;
print a; // expect: 3
print b; // expect: 3
print a = 5; // expect: 5
