// References moved from objects the collector has not scanned yet into ones
// it has (or from old objects into new ones) must keep their targets alive:
// without the write barrier, the incremental and generational collectors
// under --gc-stress reclaim these lists while `sink` still refers to them.
class Box {
  init(v) { this.v = v; }
}
var boxes = [];
for (var i = 0; i < 300; i = i + 1) push(boxes, Box([i]));
var sink = [];
var table = {};
for (var i = 0; i < 300; i = i + 1) {
  push(sink, boxes[i].v);
  table[i] = boxes[i].v;
  boxes[i].v = nil;
  var garbage = [i, i];
}
// Garbage, so the cycles running during the moves finish by their steps.
for (var i = 0; i < 3000; i = i + 1) [i];
var sum = 0;
for (var i = 0; i < 300; i = i + 1) sum = sum + sink[i][0] + table[i][0];
print sum;
// expect: 89700
