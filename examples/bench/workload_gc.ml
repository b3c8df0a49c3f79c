// One workload written three ways (see workload_free.ml and workload_ttl.ml):
// a server handling 200,000 requests, each with a session map and a response
// list, of which only the last 100 responses are kept. Here the collector
// reclaims everything.
var start = clock();
var recent = [];
var served = 0;
for (var i = 0; i < 200000; i = i + 1) {
  var session = {"id": i, "user": i / 1000};
  var response = [session["id"], session["user"], "ok"];
  push(recent, response);
  if (len(recent) > 100) {
    recent = [];
  }
  served = served + 1;
}
print served;
print clock() - start;
