// flags: --clock virtual

print clock(); // expect: 0
sleep(1.5);
print clock(); // expect: 1.5
sleep(250ms);
print clock(); // expect: 1.75
