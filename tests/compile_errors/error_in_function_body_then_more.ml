fun f() {
  print ; // expect compile error: unexpected `;`
}
var = 2; // expect compile error: expected an identifier
