// The comparison allocates and collects; the elements being sorted survive.
var xs = [];
for (var i = 0; i < 50; i = i + 1) push(xs, str((i * 37) % 50));
fun less(a, b) { var junk = [a, b, a + b]; gc(); return num(a) < num(b); }
sort(xs, less);
print xs[0] + " " + xs[49]; // expect: 0 49
