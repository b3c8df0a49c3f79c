while (true) {
  fun f() {
    break; // expect compile error: `break` outside a loop
  }
}
