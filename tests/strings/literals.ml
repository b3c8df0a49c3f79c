print "hello"; // expect: hello
print ""; // expect: 
print "a" + "b"; // expect: ab
