print "a" < "b"; // expect: true
print "b" <= "a"; // expect: false
print "abc" < "abd"; // expect: true
print "ab" < "abc"; // expect: true
print "" < "a"; // expect: true
print "Z" < "a"; // expect: true
print "é" > "z"; // expect: true
print "same" >= "same"; // expect: true
print "a" < 1; // expect runtime error: operands of `<` must be two numbers or two strings, not string and number
