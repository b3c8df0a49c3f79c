var xs = [1, 2, 3];
for (var x in xs) { // expect runtime error: use of freed list
  print x; // expect: 1
  free(xs);
}
