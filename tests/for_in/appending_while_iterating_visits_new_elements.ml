// The loop reads the length at each step (docs/language.md §2).
var xs = [1, 2];
for (var x in xs) {
  if (x < 4) push(xs, x + 2);
  print x;
}
// expect: 1
// expect: 2
// expect: 3
// expect: 4
// expect: 5
