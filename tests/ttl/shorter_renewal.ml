// flags: --clock virtual

var s = [1] @ttl(10s);
s @ttl(1s);
sleep(1);
print alive(s); // expect: false
