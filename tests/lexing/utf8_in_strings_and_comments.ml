// ünïcödé comment ✓
print "héllo ✓"; // expect: héllo ✓
