print split("a,b,,c", ","); // expect: ["a", "b", "", "c"]
print split("  two  words\n"); // expect: ["two", "words"]
print split("", ","); // expect: [""]
print split("abc", "abc"); // expect: ["", ""]
print join(["a", "b", "c"], ", "); // expect: a, b, c
print join([1, 2.5, true, nil], "/"); // expect: 1/2.5/true/nil
print join([]); // expect: 
print join(split("x-y-z", "-"), "+"); // expect: x+y+z
