print repeat("ab", 3); // expect: ababab
print repeat("x", 0) == ""; // expect: true
print repeat([0, 1], 2); // expect: [0, 1, 0, 1]
print len(repeat("-", 40)); // expect: 40
