print num("42"); // expect: 42
print num(" 3.5 "); // expect: 3.5
print num("-7"); // expect: -7
print num("1e3"); // expect: 1000
print num("abc"); // expect: nil
print num(""); // expect: nil
print num("inf"); // expect: nil
print num("12abc"); // expect: nil
print num(5); // expect: 5
