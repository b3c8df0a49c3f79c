var xs = [1];
free(xs);
xs[0] = 2; // expect runtime error: use of freed list
