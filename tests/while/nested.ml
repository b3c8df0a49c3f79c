var i = 0;
while (i < 2) {
  var j = 0;
  while (j < 2) { print i * 10 + j; j = j + 1; }
  i = i + 1;
}
// expect: 0
// expect: 1
// expect: 10
// expect: 11
