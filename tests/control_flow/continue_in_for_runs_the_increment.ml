for (var i = 0; i < 5; i = i + 1) {
  if (i % 2 == 0) continue;
  print i;
}
// expect: 1
// expect: 3
