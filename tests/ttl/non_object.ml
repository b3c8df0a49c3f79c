// flags: --clock virtual

var x = 5 @ttl(1s); // expect runtime error: @ttl applies to objects (strings, lists, maps, instances), not number
