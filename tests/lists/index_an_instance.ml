class A {}
A()[0] = 1; // expect runtime error: only lists, maps and strings can be indexed, not instance
