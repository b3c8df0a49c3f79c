// Locals declared in nested blocks of the body are popped by `break`, so the
// variables after the loop still read their own slots.
fun f() {
  var before = "before";
  while (true) {
    var a = "a";
    {
      var b = "b";
      if (true) { var c = "c"; break; }
    }
  }
  var after = "after";
  print before + " " + after;
}
f(); // expect: before after
