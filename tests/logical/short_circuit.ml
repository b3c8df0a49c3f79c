var called = false;
fun touch() { called = true; return true; }
false and touch();
print called; // expect: false
true or touch();
print called; // expect: false
true and touch();
print called; // expect: true
