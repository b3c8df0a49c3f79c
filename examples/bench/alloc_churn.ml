// GC stress: allocation churn. Two million short-lived objects (instances,
// lists and maps), none of which outlives its loop iteration: the collector
// should keep the heap small and the pauses short.
class Point {
  init(x, y) { this.x = x; this.y = y; }
}

var start = clock();
var sum = 0;
for (var i = 0; i < 700000; i = i + 1) {
  var p = Point(i, i + 1);
  var pair = [p.x, p.y];
  var m = {"x": pair[0]};
  sum = sum + m["x"] + pair[1] - p.y;
}
print sum;
print clock() - start;
