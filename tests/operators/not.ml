print !true; // expect: false
print !false; // expect: true
print !nil; // expect: true
print !0; // expect: false
print !""; // expect: false
print !!1; // expect: true
