if (nil) print "nil"; else print "nil is false"; // expect: nil is false
if (false) print "f"; else print "false is false"; // expect: false is false
if (0) print "0 is true"; // expect: 0 is true
if ("") print "empty string is true"; // expect: empty string is true
if (true) print "true"; // expect: true
class A {}
if (A) print "class is true"; // expect: class is true
if (A()) print "instance is true"; // expect: instance is true
fun f() {}
if (f) print "function is true"; // expect: function is true
