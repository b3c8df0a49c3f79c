// Each stale reference names its own object, however often its slot was
// reused since (with --gc off freed slots are reused at once).
var a = [1];
free(a);
var b = {"k": 2};
free(b);
var c = [3];
free(c);
var d = [4];
print b; // expect runtime error: use of freed map (allocated at tests/free/stale_reference_names_its_own_object_after_reuse.ml:5:9, freed at tests/free/stale_reference_names_its_own_object_after_reuse.ml:6:1)
