class A { method() {} }
print A().method; // expect: <fn method>
