// flags: --clock virtual
// Renewing one object many times keeps only the latest deadline.
var session = {"user": "ana"};
for (var i = 0; i < 20000; i = i + 1) session @ttl(30s);
sleep(29);
print alive(session); // expect: true
session @ttl(2s);
sleep(1.5);
print alive(session); // expect: true
sleep(1);
print alive(session); // expect: false
