// Word frequencies: reads text from stdin and prints each word with how often
// it occurs, most frequent first. Shows lists, maps, string indexing and the
// natives `input`, `len`, `push`, `keys`, `has`.
//
//   cargo run --release -- examples/word_freq.ml < README.md

// Strings compare only for equality (`<` is for numbers), so letters are
// recognised through a map.
var letters = {};
var alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
for (var i = 0; i < len(alphabet); i = i + 1) letters[alphabet[i]] = true;

var counts = {};
var line = input();
while (line != nil) {
  var word = "";
  for (var i = 0; i <= len(line); i = i + 1) {
    var c = nil;
    if (i < len(line)) c = line[i];
    if (c != nil and has(letters, c)) {
      word = word + c;
    } else if (word != "") {
      if (has(counts, word)) counts[word] = counts[word] + 1;
      else counts[word] = 1;
      word = "";
    }
  }
  line = input();
}

// Insertion sort of the words by count (descending); ties keep first-seen order.
var words = keys(counts);
for (var i = 1; i < len(words); i = i + 1) {
  var w = words[i];
  var j = i - 1;
  while (j >= 0 and counts[words[j]] < counts[w]) {
    words[j + 1] = words[j];
    j = j - 1;
  }
  words[j + 1] = w;
}

var shown = len(words);
if (shown > 10) shown = 10;
for (var i = 0; i < shown; i = i + 1) print str(counts[words[i]]) + " " + words[i];
print str(len(words)) + " distinct words";
