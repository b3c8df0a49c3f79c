fun a() { return b(); }
fun b() { return a(); } // expect runtime error: stack overflow
a();
