// One `o.tag = v` adds the field to some instances and overwrites it on
// others; each instance keeps exactly its own fields.
class P { init(x) { this.x = x; } }
fun tag(o, v) { o.tag = v; }
var a = P(1);
var b = P(2);
var c = P(3);
tag(a, "a");
tag(b, "b");
tag(a, "a again");
c.other = true;
tag(c, "c");
print a.tag; // expect: a again
print b.tag; // expect: b
print c.tag; // expect: c
print c.other; // expect: true
print a.x + b.x + c.x; // expect: 6
var d = P(4);
print d.tag; // expect runtime error: undefined property `tag`
