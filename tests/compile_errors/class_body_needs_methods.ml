class A { var x = 1; } // expect compile error: unexpected `var`
