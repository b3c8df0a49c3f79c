pop([]); // expect runtime error: pop: the list is empty
