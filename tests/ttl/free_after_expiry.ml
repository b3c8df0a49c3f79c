// flags: --clock virtual

var x = [1] @ttl(1s);
sleep(2);
free(x); // expect runtime error: free of expired list
