var a = 1;
print a; // expect: 1
var b;
print b; // expect: nil
