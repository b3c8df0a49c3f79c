class A { init() { this.name = "a"; } who() { return this.name; } }
print A().who(); // expect: a
