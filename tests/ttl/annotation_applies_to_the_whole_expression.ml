// flags: --clock virtual
// `@ttl` annotates everything before it, not just the last operand.
var s = "ab" + "c" @ttl(1s);
print s; // expect: abc
var l = [1] @ttl(1s) @ttl(5s);
sleep(2);
print alive(s); // expect: false
print alive(l); // expect: true
var t = nil;
t = [2] @ttl(1s);
sleep(2);
print alive(t); // expect: false
print 1 + 2 @ttl(1s); // expect runtime error: @ttl applies to objects (strings, lists, maps, instances), not number
