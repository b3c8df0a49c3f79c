{ print "block"; } // expect: block
({"a": 1});
print "map in parentheses is fine"; // expect: map in parentheses is fine
