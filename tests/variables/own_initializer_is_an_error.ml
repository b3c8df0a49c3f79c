{
  var a = "outer";
  {
    var a = a; // expect compile error: can't read local variable `a` in its own initializer
  }
}
