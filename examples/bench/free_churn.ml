// GC stress: manual reclamation churn. Each buffer is freed as soon as it has
// been used, so with --gc off the heap stays as small as with the collector.
var start = clock();
var total = 0;
for (var i = 0; i < 500000; i = i + 1) {
  var buffer = [i, i + 1, i + 2, i + 3];
  total = total + buffer[3] - buffer[0];
  free(buffer);
}
print total;
print clock() - start;
