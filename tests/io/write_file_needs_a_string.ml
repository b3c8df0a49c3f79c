write_file("x.txt", 3); // expect runtime error: write_file: second argument must be a string, not number
