var s = "hello";
print s[1:3]; // expect: el
print s[:2]; // expect: he
print s[3:]; // expect: lo
print s[:]; // expect: hello
print s[-3:]; // expect: llo
print s[:-1]; // expect: hell
print s[3:1] == ""; // expect: true
print s[-100:100]; // expect: hello
print "héllo"[1:4]; // expect: éll
print s[1:3] == "el"; // expect: true
