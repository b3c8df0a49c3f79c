var m = {};
m["me"] = m;
print m; // expect: {"me": {...}}
var l = [m];
m["list"] = l;
print l; // expect: [{"me": {...}, "list": [...]}]
