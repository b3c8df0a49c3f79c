// The program of leak.ml with its missing free: every buffer is returned, so
// 20,000 requests fit in 1 MB even with the collector off:
//
//   minilang --gc off --heap-limit 1MB examples/memory/leak_fixed.ml
fun handle(id) {
  var session = {"id": id, "visits": 1};
  var buffer = [id, id, id, id, id, id, id, id];
  // ... work with session and buffer ...
  free(session);
  free(buffer);
}

for (var i = 0; i < 20000; i = i + 1) handle(i);
print "handled 20000 requests";
