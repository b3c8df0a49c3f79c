free(1); // expect runtime error: free: only objects can be freed (strings, lists, maps, instances), not number
