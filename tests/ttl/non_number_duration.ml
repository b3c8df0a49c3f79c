// flags: --clock virtual

var x = [1] @ttl("1s"); // expect runtime error: @ttl needs a number of seconds of at least 0, not "1s"
