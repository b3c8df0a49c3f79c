var s = "abc";
s[0] = "x"; // expect runtime error: strings are immutable
