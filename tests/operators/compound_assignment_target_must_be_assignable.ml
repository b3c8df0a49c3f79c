var a = 1;
(a) += 1; // expect compile error: unexpected `+=`
