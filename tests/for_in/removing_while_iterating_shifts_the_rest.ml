var xs = [1, 2, 3, 4];
for (var x in xs) {
  print x;
  if (x == 1) remove_at(xs, 0);
}
// expect: 1
// expect: 3
// expect: 4
