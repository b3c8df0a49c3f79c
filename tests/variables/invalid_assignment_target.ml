var a = 1;
1 = a; // expect compile error: unexpected `=`
