class A { m() { return this.missing; } } // expect runtime error: undefined property `missing`
A().m();
