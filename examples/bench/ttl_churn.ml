// GC stress: timed reclamation churn under the real clock. Every session gets
// a 1 ms @ttl and is then forgotten; the collector is not needed for them, as
// they expire at the next safepoint once their time is up.
var start = clock();
var made = 0;
for (var i = 0; i < 300000; i = i + 1) {
  var session = {"id": i, "items": [i, i]} @ttl(1ms);
  made = made + session["id"] - i + 1;
}
print made;
print clock() - start;
