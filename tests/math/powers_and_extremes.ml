print sqrt(16); // expect: 4
print sqrt(-1); // expect: nan
print pow(2, 10); // expect: 1024
print pow(4, 0.5); // expect: 2
print min(3, 1, 2); // expect: 1
print max(3, 1, 2); // expect: 3
print min([5, -1, 7]); // expect: -1
print max([2]); // expect: 2
print max(1, 0/0); // expect: nan
