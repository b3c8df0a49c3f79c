print fixed(85.83333, 2); // expect: 85.83
print fixed(2, 3); // expect: 2.000
print fixed(-1.5, 0); // expect: -2
print fixed(1/3, 4); // expect: 0.3333
print fixed(0/0, 2); // expect: nan
print fixed(1e21, 1); // expect: 1000000000000000000000.0
