var xs = [1, 2, 3];
var alias = xs;
free(xs);
print alias; // expect runtime error: use of freed list (allocated at tests/free/use_after_free_names_both_sites.ml:1:10, freed at tests/free/use_after_free_names_both_sites.ml:3:1)
