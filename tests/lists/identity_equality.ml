var a = [1]; var b = [1];
print a == a; // expect: true
print a == b; // expect: false
