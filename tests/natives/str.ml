print str(1) + str(2); // expect: 12
print str(0.5); // expect: 0.5
print str(nil) + str(true); // expect: niltrue
print str("s"); // expect: s
print str([1, "a"]); // expect: [1, "a"]
class A {}
print str(A()); // expect: A instance
print str(str); // expect: <native fn>
