class A {}
A.field = 1; // expect runtime error: only instances have fields
