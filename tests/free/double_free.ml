var xs = [1];
free(xs);
free(xs); // expect runtime error: double free of list (allocated at tests/free/double_free.ml:1:10, freed at tests/free/double_free.ml:2:1)
