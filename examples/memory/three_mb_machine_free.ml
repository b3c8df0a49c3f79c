// The 3 MB machine with manual reclamation: the program of
// three_mb_machine.ml, but the first task's data is given back with free() as
// soon as it is done, so it fits with the collector off and no @ttl at all:
//
//   minilang --heap-limit 3MB --gc off examples/memory/three_mb_machine_free.ml
//       manual: free() gives the 2 MB back
//   minilang --heap-limit 3MB --gc off --ignore-free examples/memory/three_mb_machine_free.ml
//       the same program with its free ignored: out of memory

fun task(name) {
  var data = [];
  for (var i = 0; i < 200000; i = i + 1) push(data, i);
  print name + ": " + str(len(data)) + " numbers";
  return data;
}

var first = task("task 1");
free(first);
var second = task("task 2");
print "both tasks ran in 3 MB";
