gc();
{
  var s = "temp" + "orary";
}
print gc() >= 1; // expect: true
var t = "temp" + "orary";
print t; // expect: temporary
