class C { init() { print "init ran"; } }
var c = C(); // expect: init ran
var i = c.init;
print i() == c;
// expect: init ran
// expect: true
