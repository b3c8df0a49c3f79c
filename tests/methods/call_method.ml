class Greeter { greet(name) { return "hello " + name; } }
print Greeter().greet("ana"); // expect: hello ana
