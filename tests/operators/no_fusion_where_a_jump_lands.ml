// Superinstructions fuse two instructions only when no jump lands on the
// second: here `and`/`or` jump straight to the property read or the
// subtraction, which must still run on what they left.
class P { init() { this.x = 1; } }
fun get(a, b) { return (a and b).x; }
fun minus(a, b) { return a - (b or 1); }
fun below(a, b) { return (a or b) < 2; }
print get(true, P()); // expect: 1
print minus(10, 3); // expect: 7
print minus(10, nil); // expect: 9
print below(nil, 1); // expect: true
print below(5, 1); // expect: false
print get(false, P()); // expect runtime error: only instances have properties; `x` is a property of bool
