// Results of string natives are interned: equal text, one object.
var a = upper("x") + "Y";
var b = "XY";
print a == b; // expect: true
var m = {};
m[split("k,v", ",")[0]] = 1;
print m["k"]; // expect: 1
