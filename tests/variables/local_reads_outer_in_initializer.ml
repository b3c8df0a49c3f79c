var a = "global";
{
  var b = a + "!";
  print b; // expect: global!
}
