// A site that meets two shapes in turn (the leaves and inner nodes of a
// tree) keeps both in its cache: each gives its own shape's field and
// method, and a third shape of the same class is taken for neither.
class Node {
  init(leaf) {
    if (leaf) {
      this.v = 1;
    } else {
      this.w = 5;
      this.v = 2;
    }
  }
  get() { return this.v; }
}
fun shadow() { return 99; }
fun read(o) { return o.v; }
fun call(o) { return o.get(); }
var leaf = Node(true);
var inner = Node(false);
var odd = Node(true);
odd.get = shadow;
var order = [leaf, inner, leaf, inner, odd, inner, leaf, odd];
for (var o in order) print read(o) * 100 + call(o);
// expect: 101
// expect: 202
// expect: 101
// expect: 202
// expect: 199
// expect: 202
// expect: 101
// expect: 199
free(inner);
print read(leaf); // expect: 1
print read(inner); // expect runtime error: use of freed instance
