print find("hello", "l"); // expect: 2
print find("héllo", "llo"); // expect: 2
print find("hello", "z"); // expect: nil
print find("hello", ""); // expect: 0
print index_of("banana", "an"); // expect: 1
print replace("a-b-c", "-", " + "); // expect: a + b + c
print replace("aaa", "a", ""); // expect: 
print replace("ab", "", "."); // expect: .a.b.
print starts_with("minilang", "mini"); // expect: true
print ends_with("minilang", "lang"); // expect: true
print starts_with("a", "ab"); // expect: false
print contains("haystack", "st"); // expect: true
