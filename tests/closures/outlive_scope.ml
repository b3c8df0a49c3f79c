var f;
{
  var local = "kept";
  fun g() { return local; }
  f = g;
}
print f(); // expect: kept
