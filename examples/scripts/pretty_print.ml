// A JSON-like pretty printer for nested lists and maps: indents containers
// that do not fit on one line, quotes and escapes strings, and can sort map
// keys. Reads nothing; prints a sample document twice (as built, then with
// sorted keys and a narrower width).
//
//   cargo run --release -- examples/scripts/pretty_print.ml

var ESCAPES = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t"};

fun quote(s) {
  var out = "\"";
  for (var c in s) {
    if (has(ESCAPES, c)) out += ESCAPES[c];
    else out += c;
  }
  return out + "\"";
}

// The one-line form of a value.
fun flat(v, sorted) {
  var kind = type(v);
  if (kind == "string") return quote(v);
  if (kind == "list") {
    var parts = [];
    for (var item in v) push(parts, flat(item, sorted));
    return "[" + join(parts, ", ") + "]";
  }
  if (kind == "map") {
    var parts = [];
    for (var k in ordered_keys(v, sorted)) push(parts, quote(str(k)) + ": " + flat(v[k], sorted));
    return "{" + join(parts, ", ") + "}";
  }
  if (kind == "number" and v == floor(v)) return fixed(v, 0);
  return str(v);
}

fun ordered_keys(m, sorted) {
  var ks = keys(m);
  if (sorted) {
    fun by_text(a, b) { return str(a) < str(b); }
    sort(ks, by_text);
  }
  return ks;
}

// The value at `indent`, after `used` columns of its line: on one line if
// it fits in `width`, else one element per line.
fun pretty(v, indent, used, width, sorted) {
  var one_line = flat(v, sorted);
  var kind = type(v);
  if (used + len(one_line) <= width or (kind != "list" and kind != "map")) return one_line;
  var inner = indent + "  ";
  var lines = [];
  if (kind == "list") {
    for (var item in v) push(lines, inner + pretty(item, inner, len(inner), width, sorted));
    return "[\n" + join(lines, ",\n") + "\n" + indent + "]";
  }
  for (var k in ordered_keys(v, sorted)) {
    var key = inner + quote(str(k)) + ": ";
    push(lines, key + pretty(v[k], inner, len(key), width, sorted));
  }
  return "{\n" + join(lines, ",\n") + "\n" + indent + "}";
}

var document = {
  "name": "minilang",
  "version": 0.4,
  "tags": ["lox", "gc", "teaching"],
  "limits": {"nesting": 256, "heap": nil, "steps": 1e18},
  "authors": [{"name": "Ada", "role": "vm"}, {"name": "Grace \"Amazing\"", "role": "gc\tand heap"}],
  "empty": [],
  "ok": true
};

print pretty(document, "", 0, 60, false);
print pretty(document, "", 0, 40, true);
