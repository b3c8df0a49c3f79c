var m = {"a": 1, "b": 2};
print values(m); // expect: [1, 2]
print items(m); // expect: [["a", 1], ["b", 2]]
var c = copy(m);
c["c"] = 3;
print m; // expect: {"a": 1, "b": 2}
print c; // expect: {"a": 1, "b": 2, "c": 3}
for (var pair in items(m)) print pair[0] + ":" + str(pair[1]);
// expect: a:1
// expect: b:2
