print alive(1); // expect: true
print alive(nil); // expect: true
print alive("s"); // expect: true
var m = {};
free(m);
print alive(m); // expect: false
print alive(m); // expect: false
