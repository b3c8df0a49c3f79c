// flags: --clock virtual

var seconds = 3;
@ttl(seconds * 1s) class T {}
var t = T();
sleep(2.9);
print alive(t); // expect: true
sleep(0.1);
print alive(t); // expect: false
