// flags: --clock virtual

fun f() {}
f @ttl(1s); // expect runtime error: @ttl can't apply to a function
