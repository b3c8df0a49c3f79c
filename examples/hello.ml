// The smallest minilang program, plus a taste of classes and closures.
print "Hello, minilang!";

class Greeter {
  init(greeting) { this.greeting = greeting; }
  greet(name) { return this.greeting + ", " + name + "!"; }
}

fun counter() {
  var n = 0;
  fun next() { n = n + 1; return n; }
  return next;
}

var hi = Greeter("Hi");
var count = counter();
print hi.greet("Ada");
print hi.greet("Grace");
print count() + count();
