print ((((1)))); // expect: 1
print (1 + (2 * (3 - 1))); // expect: 5
