// flags: --clock virtual

var x = [1] @ttl(1s);
sleep(3.5);
print x; // expect runtime error: expired 2.5 s ago
