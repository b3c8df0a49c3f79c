class C { init() { this.n = 0; } add() { this.n = this.n + 1; return this; } }
print C().add().add().add().n; // expect: 3
