var xs = [3, 1, 2];
fun meddle(a, b) { push(xs, 0); return a < b; }
sort(xs, meddle); // expect runtime error: sort: the list was changed by the comparison function during the sort
