class A {}
A().missing; // expect runtime error: undefined property `missing`
