// A number constant on the right of `+ - < > ==` (one fused instruction)
// behaves and fails exactly like the two instructions it replaces.
var n = 5;
print n + 1; // expect: 6
print n - 1.5; // expect: 3.5
print n < 5; // expect: false
print n > 4; // expect: true
print n == 5; // expect: true
print "a" == 1; // expect: false
print nil == 0; // expect: false
var s = "b";
print s < "c"; // expect: true
print s + 1; // expect runtime error: operands of `+` must be two numbers or two strings, not string and number
