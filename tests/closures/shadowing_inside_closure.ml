{
  var a = "outer";
  fun f() { var a = "inner"; return a; }
  print f(); // expect: inner
  print a; // expect: outer
}
