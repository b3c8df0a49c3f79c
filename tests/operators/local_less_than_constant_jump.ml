// A local's test against a number constant that controls a jump is one
// instruction (`LocalJumpUnlessLessConstant`): it must jump exactly when the
// test fails, in an `if` and as a loop's condition.
fun below(n) {
  if (n < 2) return "below";
  return "not below";
}
print below(1); // expect: below
print below(2); // expect: not below
print below(-0.5); // expect: below
{
  var i = 0;
  var sum = 0;
  while (i < 5) {
    sum = sum + i;
    i = i + 1;
  }
  print sum; // expect: 10
  print i; // expect: 5
}
fun check(s) {
  // A string against a number is an error, as with `<` anywhere.
  if (s < 1) print "never";
}
check("a"); // expect runtime error: operands of `<` must be two numbers or two strings, not string and number
