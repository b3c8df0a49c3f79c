{}
{ {} }
print "ok"; // expect: ok
