class A { other() { return "x"; } }
// A method named other may return values; only init may not.
print A().other(); // expect: x
fun init() { return "plain function named init"; }
print init(); // expect: plain function named init
