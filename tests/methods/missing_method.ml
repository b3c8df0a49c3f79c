class A {}
A().nope(); // expect runtime error: undefined property `nope`
