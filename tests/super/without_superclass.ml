class A {
  m() { super.m(); } // expect compile error: can't use `super` in a class with no superclass
}
