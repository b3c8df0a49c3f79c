fun f() {
  return missing; // expect runtime error: undefined variable `missing`
}
f();
