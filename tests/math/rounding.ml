print floor(2.7); // expect: 2
print floor(-2.5); // expect: -3
print ceil(2.1); // expect: 3
print ceil(-2.5); // expect: -2
print round(2.5); // expect: 3
print round(-2.5); // expect: -3
print round(2.4999); // expect: 2
print abs(-3); // expect: 3
