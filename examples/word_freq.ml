// Word frequencies: reads text from stdin and prints the ten most frequent
// words (case-sensitive) with their counts, most frequent first. Shows maps,
// `for`-`in`, `+=`, string comparison and the natives `input`, `split`,
// `sort` (with a comparison function) and `items`.
//
//   cargo run --release -- examples/word_freq.ml < README.md

// A letter is anything between "a" and "z" or "A" and "Z" (strings compare
// by code point).
fun is_letter(c) {
  return (c >= "a" and c <= "z") or (c >= "A" and c <= "Z");
}

var counts = {};
var line = input();
while (line != nil) {
  var word = "";
  // One past the end flushes the last word of the line.
  for (var c in line + " ") {
    if (is_letter(c)) {
      word += c;
      continue;
    }
    if (word == "") continue;
    if (has(counts, word)) counts[word] += 1;
    else counts[word] = 1;
    word = "";
  }
  line = input();
}

// Most frequent first; `sort` is stable, so ties keep first-seen order.
fun more_frequent(a, b) { return a[1] > b[1]; }
var ranked = items(counts);
sort(ranked, more_frequent);

for (var entry in ranked[:10]) print str(entry[1]) + " " + entry[0];
print str(len(ranked)) + " distinct words";
