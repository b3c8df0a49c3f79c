fun show() { print later; }
var later = "defined after";
show(); // expect: defined after
