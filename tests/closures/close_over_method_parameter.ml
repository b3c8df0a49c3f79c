class A {
  m(x) { fun f() { return x; } return f; }
}
print A().m("p")(); // expect: p
