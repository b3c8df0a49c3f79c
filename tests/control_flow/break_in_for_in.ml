for (var x in [1, 2, 3, 4]) {
  if (x == 3) break;
  print x;
}
// expect: 1
// expect: 2
print "done"; // expect: done
