var s = "";
for (var i = 0; i < 1000; i = i + 1) s = s + "x";
var t = "";
for (var i = 0; i < 1000; i = i + 1) t = t + "x";
print s == t; // expect: true
