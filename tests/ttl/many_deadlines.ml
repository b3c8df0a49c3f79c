// flags: --clock virtual

var items = [];
for (var i = 0; i < 100; i = i + 1) push(items, [i] @ttl(i * 10ms + 5ms));
sleep(0.5);
var live = 0;
for (var i = 0; i < 100; i = i + 1) if (alive(items[i])) live = live + 1;
print live; // expect: 50
