class A {
  init() { this.v = "captured"; }
  getter() { fun g() { return this.v; } return g; }
}
print A().getter()(); // expect: captured
