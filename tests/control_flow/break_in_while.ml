var i = 0;
while (true) {
  i += 1;
  if (i == 3) break;
  print i; // expect: 1
  // expect: 2
}
print "after " + str(i); // expect: after 3
