// flags: --clock virtual

var m = {"a": 1} @ttl(2s);
sleep(1.5);
print alive(m); // expect: true
sleep(0.5);
print alive(m); // expect: false
