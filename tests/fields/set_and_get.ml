class Box {}
var b = Box();
b.value = 42;
print b.value; // expect: 42
b.value = "changed";
print b.value; // expect: changed
