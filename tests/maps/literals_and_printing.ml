print ({}); // expect: {}
print ({"k": 1, 2: true}); // expect: {"k": 1, 2: true}
print ({nil: "n", false: 0}); // expect: {nil: "n", false: 0}
print ({"nested": {"a": [1]}}); // expect: {"nested": {"a": [1]}}
print ({"x": 1,}); // expect: {"x": 1}
var m = {"a": 1};
print m; // expect: {"a": 1}
