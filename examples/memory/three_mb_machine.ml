// The 3 MB machine. Run with a 3 MB heap: a first task fills about 2 MB and
// then stops using it; a second task needs another 2 MB. Both fit only if the
// first task's memory is reclaimed in between. This version never calls free:
// it drops its reference (for the collector) and puts a @ttl on the data (for
// timed reclamation). three_mb_machine_free.ml is the same with free().
//
//   minilang --heap-limit 3MB --clock virtual --gc off --ignore-ttl examples/memory/three_mb_machine.ml
//       nothing reclaims: out of memory in task 2
//   minilang --heap-limit 3MB --clock virtual --gc off examples/memory/three_mb_machine.ml
//       timed: the data's @ttl(1s) runs out during sleep(1.5)
//   minilang --heap-limit 3MB --clock virtual --ignore-ttl examples/memory/three_mb_machine.ml
//       collected: nothing refers to the data any more, the collector takes it
//   minilang --contrast --heap-limit 3MB --clock virtual examples/memory/three_mb_machine.ml
//       all strategies side by side

// 200,000 numbers: the list's storage grows to 262,144 slots of 8 bytes, 2 MiB.
fun task(name) {
  var data = [] @ttl(1s);
  for (var i = 0; i < 200000; i = i + 1) push(data, i);
  print name + ": " + str(len(data)) + " numbers";
  return data;
}

var first = task("task 1");
first = nil;    // done with it: nothing refers to it any more
sleep(1.5);     // and its @ttl runs out
var second = task("task 2");
print "both tasks ran in 3 MB";
