free("constant"); // expect runtime error: free: a string constant belongs to the program's code
