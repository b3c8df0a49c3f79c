print "tab\there"; // expect: tab	here
print "quote \" inside"; // expect: quote " inside
print "back\\slash"; // expect: back\slash
print "two\nlines";
// expect: two
// expect: lines
