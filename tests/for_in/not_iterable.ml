for (var x in 42) print x; // expect runtime error: `for (var x in ...)` loops over a list, map or string, not number
