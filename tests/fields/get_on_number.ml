var n = 1;
print n.field; // expect runtime error: only instances have properties
