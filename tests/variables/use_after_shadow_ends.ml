var a = 1;
{ var a = 2; }
a = a + 1;
print a; // expect: 2
