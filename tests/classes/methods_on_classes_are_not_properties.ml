class A { m() {} }
A.m(); // expect runtime error: only instances have methods
