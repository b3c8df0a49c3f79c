class A { init() { this.name = "receiver"; } who() { return this.name; } }
var m = A().who;
gc();
print m(); // expect: receiver
