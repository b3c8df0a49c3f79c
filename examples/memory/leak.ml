// A forgotten free. Each request builds a session map and a buffer list and is
// meant to free both, but the buffer is never freed. Without the collector the
// buffers pile up until the heap limit stops the program:
//
//   minilang --gc off --heap-limit 1MB examples/memory/leak.ml        out of memory
//   minilang --gc off --heap-limit 1MB examples/memory/leak_fixed.ml  fine
//
// (With the collector on, the leak is hidden: it reclaims the lost buffers.)
fun handle(id) {
  var session = {"id": id, "visits": 1};
  var buffer = [id, id, id, id, id, id, id, id];
  // ... work with session and buffer ...
  free(session);
  // forgot: free(buffer);
}

for (var i = 0; i < 20000; i = i + 1) handle(i);
print "handled 20000 requests";
