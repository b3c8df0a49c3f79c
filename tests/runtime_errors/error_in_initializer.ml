class A { init() { this.x = nope; } } // expect runtime error: undefined variable `nope`
A();
