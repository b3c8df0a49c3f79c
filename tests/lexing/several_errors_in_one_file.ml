print 1 $ 2; // expect compile error: unexpected character `$`
print 3 +;   // expect compile error: unexpected `;`
var = 1;     // expect compile error: expected an identifier
