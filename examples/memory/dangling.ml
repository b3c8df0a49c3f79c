// A dangling reference, caught. Two parts of a program share one list; one of
// them frees it while the other still holds it. In C this would read freed
// memory; here the use is a clear runtime error that says where the list was
// allocated and where it was freed:
//
//   minilang examples/memory/dangling.ml
var inventory = ["apples", "pears"];
var report = {"items": inventory};

fun closeShop() {
  free(inventory);   // "nobody needs this any more"
}

closeShop();
print "report has " + str(len(report["items"])) + " items";
