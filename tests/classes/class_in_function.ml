fun make() { class Inner { v() { return "v"; } } return Inner; }
print make()().v(); // expect: v
