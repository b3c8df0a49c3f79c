free(nil); // expect runtime error: only objects can be freed
