// Two classes with one name (and so one field layout) reached through one
// call site: the method comes from each instance's own class.
fun make(word) {
  class Box {
    init() { this.v = 1; }
    say() { return word + str(this.v); }
  }
  return Box;
}
var One = make("one");
var Two = make("two");
fun say(o) { return o.say(); }
print say(One()); // expect: one1
print say(Two()); // expect: two1
print say(One()); // expect: one1
print say(Two()); // expect: two1
