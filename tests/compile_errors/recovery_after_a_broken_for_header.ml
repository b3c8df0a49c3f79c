// An error in a `for` header skips its body as a whole: the `}` that closes it
// is not a second error, and the statements after it are still checked.
for (var i = 0; i < 3; i++) { // expect compile error: unexpected `+`
  print i;
}
var x = ; // expect compile error: unexpected `;`
print 1 +; // expect compile error: unexpected `;`
