fun f() { { { return "deep"; } } }
print f(); // expect: deep
