var n = 3;
print n[0]; // expect runtime error: only lists, maps and strings can be indexed, not number
