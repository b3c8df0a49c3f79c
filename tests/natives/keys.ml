print keys({}); // expect: []
print keys({1: "a", "b": 2}); // expect: [1, "b"]
var m = {"x": 1};
var k = keys(m);
push(k, "y");
print keys(m); // expect: ["x"]
