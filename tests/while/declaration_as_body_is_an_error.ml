while (false) fun f() {} // expect compile error: unexpected `fun`
