class P {}
var a = P(); var b = P();
var m = {};
m[a] = "a";
m[b] = "b";
print m[a]; // expect: a
print m[b]; // expect: b
var l1 = [1]; var l2 = [1];
m[l1] = "first list";
print has(m, l2); // expect: false
print m[l1]; // expect: first list
