class A {}
A()(); // expect runtime error: can only call functions and classes, not instance
