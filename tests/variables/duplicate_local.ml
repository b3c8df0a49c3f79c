{
  var a = 1;
  var a = 2; // expect compile error: a variable named `a` is already declared in this scope
}
