var _a1 = 1; var A_b = 2; var __ = 3;
print _a1 + A_b + __; // expect: 6
var orchid = "o"; print orchid; // expect: o
