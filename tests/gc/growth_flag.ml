// flags: --gc-growth 1.5
class N {}
for (var i = 0; i < 50000; i = i + 1) N();
print "done"; // expect: done
