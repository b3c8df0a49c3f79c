var Print = 1; var NIL = 2; var Class = 3;
print Print + NIL + Class; // expect: 6
