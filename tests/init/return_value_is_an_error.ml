class A {
  init() {
    return 1; // expect compile error: can't return a value from an initializer
  }
}
