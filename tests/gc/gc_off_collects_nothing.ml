// flags: --gc off
class Node {}
for (var i = 0; i < 100; i = i + 1) Node();
print gc(); // expect: 0
