// flags: --max-depth 1000000
// Natives that call back nest the interpreter on the Rust stack; that
// nesting is bounded, whatever --max-depth allows.
fun cmp(a, b) {
  sort([2, 1], cmp); // expect runtime error: stack overflow: more than 200 calls nested through natives
  return a < b;
}
sort([2, 1], cmp);
