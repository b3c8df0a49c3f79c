// flags: --clock virtual

var s = {"user": "ana"} @ttl(1s);
sleep(0.75);
s @ttl(1s);
sleep(0.75);
print alive(s); // expect: true
sleep(0.5);
print alive(s); // expect: false
