class A {}
var a = A();
fun obj() { print "object"; return a; }
fun val() { print "value"; return 1; }
obj().x = val();
// expect: object
// expect: value
print a.x; // expect: 1
