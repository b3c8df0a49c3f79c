// flags: --heap-limit 256KB --gc off
var sum = 0;
for (var i = 0; i < 20000; i = i + 1) {
  var xs = [i, i];
  sum = sum + xs[0];
  free(xs);
}
print sum; // expect: 199990000
