// stdin: a
// stdin: b
// stdin: c
var lines = [];
var line = input();
while (line != nil) { push(lines, line); line = input(); }
print lines; // expect: ["a", "b", "c"]
