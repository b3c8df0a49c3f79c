var xs = [1];
free(xs);
len(xs); // expect runtime error: use of freed list
