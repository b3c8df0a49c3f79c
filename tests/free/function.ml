fun f() {}
free(f); // expect runtime error: free: a function belongs to the program's code and can't be freed
