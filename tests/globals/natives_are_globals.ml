print clock; // expect: <native fn>
var clock = 1;
print clock; // expect: 1
