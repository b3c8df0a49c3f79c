print ord("A"); // expect: 65
print ord("é"); // expect: 233
print chr(97); // expect: a
print chr(10003); // expect: ✓
print chr(ord("a") + 1); // expect: b
