class A { hello() { return "from A"; } }
class B < A {}
print B().hello(); // expect: from A
