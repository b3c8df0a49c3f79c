// flags: --clock virtual

@ttl(2s) class Token { init(v) { this.v = v; } }
var a = Token("a");
sleep(1);
var b = Token("b");
sleep(1);
print alive(a); // expect: false
print alive(b); // expect: true
print b.v; // expect: b
sleep(1);
print b.v; // expect runtime error: use of expired instance
