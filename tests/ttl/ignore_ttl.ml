// flags: --clock virtual

// flags: --ignore-ttl
var x = [1] @ttl(1s);
sleep(5);
print alive(x); // expect: true
print x; // expect: [1]
