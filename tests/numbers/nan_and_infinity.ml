print 0 / 0; // expect: nan
print 1 / 0; // expect: inf
print -1 / 0; // expect: -inf
var nan = 0 / 0;
print nan == nan; // expect: false
print nan != nan; // expect: true
print nan < 1; // expect: false
print nan >= 1; // expect: false
