// A very small text adventure: read commands from stdin until the player
// wins, quits or input ends. Commands: look, go DIRECTION, take THING,
// drop THING, inventory, quit (and the first letters n/s/e/w for going).
//
//   cargo run --release -- examples/scripts/adventure.ml
//   printf 'take lamp\nn\ntake key\ns\ne\nopen chest\n' | cargo run --release -- examples/scripts/adventure.ml

class Room {
  init(name, description) {
    this.name = name;
    this.description = description;
    this.exits = {};
    this.things = [];
  }

  describe() {
    print this.name + ". " + this.description;
    if (len(this.things) > 0) print "You see: " + join(this.things, ", ") + ".";
    var ways = keys(this.exits);
    sort(ways);
    print "Exits: " + join(ways, ", ") + ".";
  }
}

var hall = Room("Hall", "Dust hangs in the light from a high window.");
var cellar = Room("Cellar", "It is too dark to see much.");
var study = Room("Study", "A heavy chest sits under the desk.");
hall.exits = {"north": cellar, "east": study};
cellar.exits = {"south": hall};
study.exits = {"west": hall};
push(hall.things, "lamp");
push(cellar.things, "key");

var SHORT = {"n": "north", "s": "south", "e": "east", "w": "west"};
var here = hall;
var carried = [];
var moves = 0;

fun take(thing) {
  var at = index_of(here.things, thing);
  if (at == nil) return "There is no " + thing + " here.";
  if (here == cellar and !contains(carried, "lamp")) return "You grope in the dark and find nothing.";
  push(carried, remove_at(here.things, at));
  return "Taken: " + thing + ".";
}

fun drop(thing) {
  var at = index_of(carried, thing);
  if (at == nil) return "You are not carrying " + thing + ".";
  push(here.things, remove_at(carried, at));
  return "Dropped: " + thing + ".";
}

here.describe();
while (true) {
  var line = input("> ");
  if (line == nil) break;
  var words = split(lower(line));
  if (len(words) == 0) continue;
  moves += 1;
  var verb = words[0];
  var object = join(words[1:], " ");
  if (has(SHORT, verb)) {
    object = SHORT[verb];
    verb = "go";
  }
  if (verb == "quit") break;
  if (verb == "look") {
    here.describe();
  } else if (verb == "go") {
    if (has(here.exits, object)) {
      here = here.exits[object];
      here.describe();
    } else {
      print "You can't go " + object + ".";
    }
  } else if (verb == "take") {
    print take(object);
  } else if (verb == "drop") {
    print drop(object);
  } else if (verb == "inventory") {
    if (len(carried) == 0) print "You carry nothing.";
    else print "You carry: " + join(carried, ", ") + ".";
  } else if (verb == "open" and object == "chest" and here == study) {
    if (contains(carried, "key")) {
      print "The chest opens. Inside lies a map of the heap. You win in " + str(moves) + " moves!";
      exit(0);
    }
    print "The chest is locked.";
  } else {
    print "I don't know how to " + trim(verb + " " + object) + ".";
  }
}
print "Bye.";
