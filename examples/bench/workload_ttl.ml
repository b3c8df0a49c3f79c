// The workload of workload_gc.ml with timed reclamation: sessions and
// responses carry a short @ttl and expire by themselves. Run it with --gc off
// to see it needs no collector (real clock: sessions live 1 ms, responses 50 ms).
// A session's @ttl starts after its last use: the host may stop the program
// for over a millisecond anywhere, and a session annotated when made could
// expire before it is read, ending the run with a stale reference.
var start = clock();
var recent = [];
var served = 0;
for (var i = 0; i < 200000; i = i + 1) {
  var session = {"id": i, "user": i / 1000};
  var response = [session["id"], session["user"], "ok"] @ttl(50ms);
  session @ttl(1ms);
  push(recent, response);
  if (len(recent) > 100) {
    recent = [] @ttl(50ms);
  }
  served = served + 1;
}
print served;
print clock() - start;
