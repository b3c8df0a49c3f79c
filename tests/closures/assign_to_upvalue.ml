fun f() {
  var a = 1;
  fun g() { a = a + 10; }
  g(); g();
  return a;
}
print f(); // expect: 21
