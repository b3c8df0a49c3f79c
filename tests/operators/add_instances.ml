class A {}
print A() + A(); // expect runtime error: operands of `+` must be two numbers or two strings, not instance and instance
