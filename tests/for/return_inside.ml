fun find() {
  for (var i = 0; i < 10; i = i + 1) if (i * i > 20) return i;
}
print find(); // expect: 5
