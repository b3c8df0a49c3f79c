fun first_even(xs) {
  for (var x in xs) {
    var half = x / 2;
    if (half == floor(half)) return x;
  }
  return nil;
}
print first_even([1, 3, 8, 10]); // expect: 8
print first_even([1]); // expect: nil
var after = [first_even([2]), first_even([5, 6])];
print after; // expect: [2, 6]
