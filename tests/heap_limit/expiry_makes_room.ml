// flags: --heap-limit 256KB --gc off --clock virtual
var sum = 0;
for (var i = 0; i < 20000; i = i + 1) {
  var xs = [i, i] @ttl(1ms);
  sum = sum + xs[0];
  sleep(2ms);
}
print sum; // expect: 199990000
