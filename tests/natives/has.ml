var m = {"a": nil};
print has(m, "a"); // expect: true
print has(m, "b"); // expect: false
print has(m, nil); // expect: false
