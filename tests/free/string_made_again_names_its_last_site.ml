// A string's text made again counts as made there: the error names the same
// site whether or not the collector has reclaimed the first copy yet.
var first = "t" + str(4);
first = "t" + str(5);
var again = "t" + str(4);
free(again);
print again; // expect runtime error: use of freed string (allocated at tests/free/string_made_again_names_its_last_site.ml:5:17, freed at tests/free/string_made_again_names_its_last_site.ml:6:1)
