fun f() {
  return this; // expect compile error: can't use `this` outside of a class
}
