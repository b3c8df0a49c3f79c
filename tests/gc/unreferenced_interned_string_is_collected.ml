// modes: default stress (about what the collector reclaims; --gc off reclaims nothing)
gc();
{
  var s = "temp" + "orary";
}
print gc() >= 1; // expect: true
var t = "temp" + "orary";
print t; // expect: temporary
