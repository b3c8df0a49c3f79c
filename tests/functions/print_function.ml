fun foo() {}
print foo; // expect: <fn foo>
