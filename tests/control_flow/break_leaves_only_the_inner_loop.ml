var pairs = 0;
for (var i = 0; i < 3; i = i + 1) {
  for (var j = 0; j < 10; j = j + 1) {
    if (j == 2) break;
    pairs += 1;
  }
}
print pairs; // expect: 6
