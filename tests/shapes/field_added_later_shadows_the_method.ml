// A call site that has found the method keeps working, and stops using it
// once the instance gains a field of that name.
class A {
  m() { return "method"; }
}
fun field() { return "field"; }
fun call(o) { return o.m(); }
var a = A();
print call(a); // expect: method
print call(a); // expect: method
a.m = field;
print call(a); // expect: field
print call(A()); // expect: method
print a.m(); // expect: field
