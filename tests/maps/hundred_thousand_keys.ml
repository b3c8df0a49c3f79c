var m = {};
for (var i = 0; i < 100000; i = i + 1) m[i] = i * 2;
print len(m); // expect: 100000
print m[99999]; // expect: 199998
var total = 0;
var ks = keys(m);
for (var i = 0; i < len(ks); i = i + 1) total = total + m[ks[i]];
print total; // expect: 9999900000
