var xs = [1, 2, 3];
print xs[-1]; // expect: 3
print xs[-3]; // expect: 1
xs[-2] = 20;
print xs; // expect: [1, 20, 3]
print "abc"[-1]; // expect: c
print xs[-4]; // expect runtime error: list index -4 is out of range for a list of length 3
