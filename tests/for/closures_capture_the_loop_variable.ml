var a; var b;
for (var i = 0; i < 2; i = i + 1) {
  fun f() { return i; }
  if (i == 0) a = f; else b = f;
}
// Lox semantics: one variable for the whole loop, closed after the loop ends.
print a(); // expect: 2
print b(); // expect: 2
