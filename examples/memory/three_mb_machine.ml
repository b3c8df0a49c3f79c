// The 3 MB machine. Run with a 3 MB heap: a first task fills about 2 MB and
// then stops using it; a second task needs another 2 MB. Both fit only if the
// first task's memory is reclaimed in between. The program is annotated for
// all three strategies, so each can be tried alone:
//
//   minilang --heap-limit 3MB --clock virtual --gc off --ignore-free --ignore-ttl examples/memory/three_mb_machine.ml
//       nothing reclaims: out of memory in task 2
//   minilang --heap-limit 3MB --clock virtual --gc off --ignore-ttl examples/memory/three_mb_machine.ml
//       manual: free() gives the 2 MB back
//   minilang --heap-limit 3MB --clock virtual --gc off --ignore-free examples/memory/three_mb_machine.ml
//       timed: the data's @ttl(1s) runs out during sleep(1.5)
//   minilang --heap-limit 3MB --clock virtual --ignore-free --ignore-ttl examples/memory/three_mb_machine.ml
//       collected: nothing refers to the data any more, the collector takes it

// 100,000 numbers: the list's storage grows to 131,072 slots of 16 bytes, 2 MiB.
fun task(name) {
  var data = [] @ttl(1s);
  for (var i = 0; i < 100000; i = i + 1) push(data, i);
  print name + ": " + str(len(data)) + " numbers";
  return data;
}

var first = task("task 1");
free(first);    // manual: reclaim it now
first = nil;    // drop the reference, so the collector may take it
sleep(1.5);     // let its @ttl run out
var second = task("task 2");
print "both tasks ran in 3 MB";
