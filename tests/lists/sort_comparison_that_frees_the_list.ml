var xs = [3, 1, 2];
fun spiteful(a, b) { if (alive(xs)) free(xs); return a < b; }
sort(xs, spiteful); // expect runtime error: use of freed list
