fun outer() {
  fun inner() { return "inner"; }
  return inner();
}
print outer(); // expect: inner
