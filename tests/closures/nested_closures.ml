fun outer() {
  var x = "x";
  fun middle() {
    fun inner() { return x; }
    return inner;
  }
  return middle;
}
print outer()()(); // expect: x
