var get; var set;
fun make() {
  var v = "initial";
  fun g() { return v; }
  fun s(x) { v = x; }
  get = g; set = s;
}
make();
print get(); // expect: initial
set("changed");
print get(); // expect: changed
