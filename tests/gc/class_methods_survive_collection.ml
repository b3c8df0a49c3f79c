class Base { hi() { return "hi"; } }
class Derived < Base {}
var d = Derived();
gc();
print d.hi(); // expect: hi
