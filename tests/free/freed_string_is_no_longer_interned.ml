var s = "dyn" + "amic";
free(s);
var t = "dyn" + "amic";
print t; // expect: dynamic
print alive(t); // expect: true
print alive(s); // expect: false
