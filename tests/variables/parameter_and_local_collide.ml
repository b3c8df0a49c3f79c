fun f(a) {
  var a = 1; // expect compile error: a variable named `a` is already declared in this scope
}
