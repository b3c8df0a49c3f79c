fun inner() { return nil + 1; } // expect runtime error: at inner
fun outer() { return inner(); }
outer();
