var xs = [10, 20, 30];
print xs[0]; // expect: 10
print xs[2]; // expect: 30
xs[1] = "twenty";
print xs; // expect: [10, "twenty", 30]
print xs[1] = 5; // expect: 5
print 1.0 + xs[1.0]; // expect: 6
