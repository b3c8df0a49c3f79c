// args: one two --three
print args(); // expect: ["one", "two", "--three"]
print len(args()); // expect: 3
