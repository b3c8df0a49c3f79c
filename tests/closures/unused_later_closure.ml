// A closure created in a scope that ends keeps its variable after the scope.
var saved;
{
  var a = "a";
  var b = "b";
  fun f() { return b; }
  saved = f;
}
print saved(); // expect: b
