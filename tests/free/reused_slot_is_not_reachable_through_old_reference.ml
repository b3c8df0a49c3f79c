var old = [1, 2, 3];
free(old);
// Fill the heap with new objects; freed slots get reused.
var keep = [];
for (var i = 0; i < 2000; i = i + 1) push(keep, [i]);
gc();
for (var i = 0; i < 2000; i = i + 1) push(keep, {"n": i});
print len(keep); // expect: 4000
print alive(old); // expect: false
print old[0]; // expect runtime error: use of freed list
