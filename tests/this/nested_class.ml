class Outer {
  method() {
    print this; // expect: Outer instance
    fun f() {
      print this; // expect: Outer instance
      class Inner { method() { print this; } }
      Inner().method(); // expect: Inner instance
    }
    f();
  }
}
Outer().method();
