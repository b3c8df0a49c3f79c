// A `;` missing at the end of a line is reported after the line's last token,
// not at the next line's first one.
var a = ; // expect compile error: unexpected `;`
if (a > 3) {
  print a;
}
print "end" // expect compile error: expected `;` after this
var y = 2;
