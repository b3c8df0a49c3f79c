// flags: --clock virtual

@ttl(nil) class T {} // expect runtime error: @ttl needs a number of seconds
