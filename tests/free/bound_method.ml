class C { m() {} }
free(C().m); // expect runtime error: belongs to the program's code
