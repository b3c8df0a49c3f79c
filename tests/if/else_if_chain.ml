fun grade(n) {
  if (n > 90) return "A";
  else if (n > 80) return "B";
  else if (n > 70) return "C";
  else return "F";
}
print grade(95); // expect: A
print grade(85); // expect: B
print grade(75); // expect: C
print grade(5); // expect: F
