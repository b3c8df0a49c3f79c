var xs = [3, 1, 2, -5, 10];
print sort(xs); // expect: nil
print xs; // expect: [-5, 1, 2, 3, 10]
var words = ["pear", "Apple", "fig", "apple"];
sort(words);
print words; // expect: ["Apple", "apple", "fig", "pear"]
fun by_length(a, b) { return len(a) < len(b); }
sort(words, by_length);
print words; // expect: ["fig", "pear", "Apple", "apple"]
fun descending(a, b) { return a > b; }
var ns = [1, 3, 2];
sort(ns, descending);
print ns; // expect: [3, 2, 1]
var empty = [];
sort(empty);
print empty; // expect: []
