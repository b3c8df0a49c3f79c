for (var x in []) print "never";
for (var x in {}) print "never";
for (var x in "") print "never";
print "ok"; // expect: ok
