var xs = [1];
free(xs);
xs(); // expect runtime error: use of freed list
