// flags: --clock virtual

var entry = {"v": 1} @ttl(1s);
var list = [entry];
sleep(2);
print list; // expect runtime error: use of expired map
