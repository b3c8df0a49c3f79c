// `var b = a;` leaves `b` in the slot the load of `a` filled; reading `b`
// next fuses with that load (`GetLocals`), which must read `b` after it
// is there, not the slot's leftover from an earlier call.
fun f(a) {
  var b = a;
  print b;
}
f(2); // expect: 2
f(3); // expect: 3
fun g(a) {
  var b = a;
  var c = b;
  print a + b + c;
}
g(1); // expect: 3
g(5); // expect: 15
