var a = 1;
var a = 2;
print a; // expect: 2
var a;
print a; // expect: nil
