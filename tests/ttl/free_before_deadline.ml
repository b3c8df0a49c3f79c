// flags: --clock virtual

var x = [1] @ttl(1s);
free(x);
sleep(2);
print alive(x); // expect: false
print x; // expect runtime error: use of freed list
