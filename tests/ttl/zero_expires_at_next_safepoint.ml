// flags: --clock virtual

var x = [1] @ttl(0);
sleep(0);
print alive(x); // expect: false
