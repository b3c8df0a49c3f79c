var a = "first";
var a = a + " again";
print a; // expect: first again
