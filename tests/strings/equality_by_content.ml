var a = "ab";
var b = "a" + "b";
print a == b; // expect: true
print "a" == "A"; // expect: false
print "1" == 1; // expect: false
