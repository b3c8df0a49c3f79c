var path = "target/minilang-io-test-" + str(floor(random() * 1e9)) + ".txt";
write_file(path, "one\ntwo é\n");
var text = read_file(path);
print len(split(text, "\n")); // expect: 3
print split(text, "\n")[1]; // expect: two é
write_file(path, "");
print read_file(path) == ""; // expect: true
