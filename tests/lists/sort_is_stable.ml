var people = [["ann", 30], ["bob", 25], ["cid", 30], ["dee", 25]];
fun by_age(a, b) { return a[1] < b[1]; }
sort(people, by_age);
var names = [];
for (var p in people) push(names, p[0]);
print names; // expect: ["bob", "dee", "ann", "cid"]
