for (var c in "hé✓") print c;
// expect: h
// expect: é
// expect: ✓
