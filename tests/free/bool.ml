free(true); // expect runtime error: only objects can be freed
