var a = "outer";
{
  var a = "inner";
  print a; // expect: inner
}
print a; // expect: outer
