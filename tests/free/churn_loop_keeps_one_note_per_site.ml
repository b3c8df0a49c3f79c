// A loop that frees what it makes leaves every one of its references stale
// with the right sites, the first as well as the last.
var first = nil;
var last = nil;
for (var i = 0; i < 1000; i = i + 1) {
  var buffer = [i];
  if (i == 0) first = buffer;
  last = buffer;
  free(buffer);
}
print alive(first); // expect: false
print first; // expect runtime error: use of freed list (allocated at tests/free/churn_loop_keeps_one_note_per_site.ml:6:16, freed at tests/free/churn_loop_keeps_one_note_per_site.ml:9:3)
