fun bad(a, b) { return a.nope; }
sort([1, 2, 3], bad); // expect runtime error: only instances have properties
