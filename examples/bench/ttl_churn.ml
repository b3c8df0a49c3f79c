// GC stress: timed reclamation churn under the real clock. Every session is
// used, then gets a 1 ms @ttl and is forgotten; the collector is not needed
// for them, as they expire at the next safepoint once their time is up.
// The @ttl comes after the use: under the real clock the host may stop the
// program for longer than a millisecond anywhere, and a session annotated
// first could expire before its use, ending the run with a stale reference.
var start = clock();
var made = 0;
for (var i = 0; i < 300000; i = i + 1) {
  var session = {"id": i, "items": [i, i]};
  made = made + session["id"] - i + 1;
  session @ttl(1ms);
}
print made;
print clock() - start;
