free(len); // expect runtime error: free: a native function belongs to the program's code
