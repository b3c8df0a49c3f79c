// stdin: first line
// stdin: second line
print input(); // expect: first line
print input(); // expect: second line
print input(); // expect: nil
print input(); // expect: nil
