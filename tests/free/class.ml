class C {}
free(C); // expect runtime error: free: a class belongs to the program's code and can't be freed
