// flags: --clock virtual

class Box {}
var b = Box();
b.items = [1, 2];
b.items @ttl(1s);
sleep(2);
print alive(b); // expect: true
print alive(b.items); // expect: false
