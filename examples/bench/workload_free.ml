// The workload of workload_gc.ml with manual reclamation: every session and
// every dropped batch of responses is freed by hand. Run it with --gc off to
// see it needs no collector.
var start = clock();
var recent = [];
var served = 0;
for (var i = 0; i < 200000; i = i + 1) {
  var session = {"id": i, "user": i / 1000};
  var response = [session["id"], session["user"], "ok"];
  free(session);
  push(recent, response);
  if (len(recent) > 100) {
    for (var j = 0; j < len(recent); j = j + 1) free(recent[j]);
    free(recent);
    recent = [];
  }
  served = served + 1;
}
print served;
print clock() - start;
