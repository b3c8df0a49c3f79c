var s = "hello";
print s[0]; // expect: h
print s[4]; // expect: o
print s[1] + s[2]; // expect: el
print "héllo"[1]; // expect: é
print "日本語"[2]; // expect: 語
