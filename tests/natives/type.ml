print type(nil); // expect: nil
print type(true); // expect: bool
print type(1); // expect: number
print type("s"); // expect: string
print type([]); // expect: list
print type({}); // expect: map
fun f() {}
print type(f); // expect: function
print type(clock); // expect: function
class C { m() {} }
print type(C); // expect: class
print type(C()); // expect: instance
print type(C().m); // expect: function
