var i = 0;
var odd = 0;
while (i < 10) {
  i += 1;
  if (i % 2 == 0) continue;
  odd += 1;
}
print odd; // expect: 5
print i; // expect: 10
