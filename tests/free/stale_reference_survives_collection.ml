var xs = [1];
var holder = {"ref": xs};
free(xs);
gc();
gc();
print holder["ref"]; // expect runtime error: use of freed list (allocated at tests/free/stale_reference_survives_collection.ml:1:10, freed at tests/free/stale_reference_survives_collection.ml:3:1)
