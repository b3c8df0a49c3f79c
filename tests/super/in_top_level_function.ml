fun f() {
  super.m(); // expect compile error: can't use `super` outside of a class
}
