print 1 +;       // expect compile error: unexpected `;`
var 2 = 3;       // expect compile error: expected an identifier
print (1;        // expect compile error: unexpected `;`
print "fine";
