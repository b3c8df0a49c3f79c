repeat("a", -1); // expect runtime error: repeat: second argument must be at least 0, not -1
