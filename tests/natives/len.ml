print len(""); // expect: 0
print len("abc"); // expect: 3
print len("héllo"); // expect: 5
print len([1, 2]); // expect: 2
print len({"a": 1}); // expect: 1
