exit(256); // expect runtime error: exit: the exit status must be 0 to 255, not 256
