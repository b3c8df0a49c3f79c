print false or true and false; // expect: false
print true or true and false; // expect: true
print nil or 1 == 1; // expect: true
