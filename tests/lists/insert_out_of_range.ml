insert([1], 3, 0); // expect runtime error: insert: list index 3 is out of range for a list of length 1
