sleep(-1); // expect runtime error: sleep: seconds must be a finite number of at least 0, not -1
