{
  var a = "before";
  fun f() { return a; }
  a = "after";
  print f(); // expect: after
}
