min([]); // expect runtime error: min: the list is empty
