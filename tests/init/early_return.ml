class A { init() { this.v = "set"; return; this.v = "not reached"; } }
print A().v; // expect: set
