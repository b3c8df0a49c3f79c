var x = 3;
x.foo(); // expect runtime error: only instances have methods
