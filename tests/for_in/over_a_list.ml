for (var x in [10, "b", nil]) print x;
// expect: 10
// expect: b
// expect: nil
