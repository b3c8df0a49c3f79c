// A closure made in the body keeps the variable `break` leaves behind.
var kept;
for (var i = 0; i < 10; i = i + 1) {
  var seen = i * 100;
  fun show() { return seen; }
  kept = show;
  if (i == 3) break;
}
var overwrite = "x";
print kept(); // expect: 300
