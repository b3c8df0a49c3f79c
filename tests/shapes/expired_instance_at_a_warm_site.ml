// flags: --clock virtual
class P { init() { this.x = 1; } }
fun read(o) { return o.x; }
var p = P() @ttl(1s);
print read(p); // expect: 1
print read(p); // expect: 1
sleep(2);
print read(p); // expect runtime error: use of expired instance
