fun f() {}
print f(); // expect: nil
fun g() { return; }
print g(); // expect: nil
