var shows = [];
var i = 0;
while (i < 3) {
  var v = i;
  fun show() { return v; }
  push(shows, show);
  i += 1;
  if (true) continue;
}
for (var s in shows) print s();
// expect: 0
// expect: 1
// expect: 2
