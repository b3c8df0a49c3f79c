// A sales report from CSV on stdin: totals and averages per region, largest
// total first, as an aligned table.
//
//   cargo run --release -- examples/scripts/csv_report.ml < examples/scripts/sales.csv
//
// The first line names the columns; `region` and `amount` must be among
// them. Blank lines are skipped; a malformed row is reported and skipped.

fun pad(text, width) {
  if (len(text) >= width) return text;
  return text + repeat(" ", width - len(text));
}

fun pad_left(text, width) {
  if (len(text) >= width) return text;
  return repeat(" ", width - len(text)) + text;
}

var header = input();
if (header == nil) {
  print "no input";
  exit(1);
}
var columns = split(trim(header), ",");
var region_at = index_of(columns, "region");
var amount_at = index_of(columns, "amount");
if (region_at == nil or amount_at == nil) {
  print "the header needs `region` and `amount` columns, not: " + join(columns, ", ");
  exit(1);
}

var totals = {};
var counts = {};
var line_number = 1;
var skipped = 0;
var line = input();
while (line != nil) {
  line_number += 1;
  var row = trim(line);
  line = input();
  if (row == "") continue;
  var cells = split(row, ",");
  if (len(cells) != len(columns)) {
    print "line " + str(line_number) + ": expected " + str(len(columns)) + " cells, got " + str(len(cells));
    skipped += 1;
    continue;
  }
  var amount = num(trim(cells[amount_at]));
  if (amount == nil) {
    print "line " + str(line_number) + ": `" + cells[amount_at] + "` is not a number";
    skipped += 1;
    continue;
  }
  var region = lower(trim(cells[region_at]));
  if (!has(totals, region)) {
    totals[region] = 0;
    counts[region] = 0;
  }
  totals[region] += amount;
  counts[region] += 1;
}

fun larger_total(a, b) { return totals[a] > totals[b]; }
var regions = keys(totals);
sort(regions, larger_total);

var grand = 0;
for (var total in values(totals)) grand += total;

print pad("region", 10) + pad_left("sales", 6) + pad_left("total", 12) + pad_left("average", 10) + pad_left("share", 8);
print repeat("-", 46);
for (var region in regions) {
  var total = totals[region];
  var share = 100 * total / grand;
  print pad(region, 10) + pad_left(str(counts[region]), 6) + pad_left(fixed(total, 2), 12) + pad_left(fixed(total / counts[region], 2), 10) + pad_left(fixed(share, 1) + "%", 8);
}
print repeat("-", 46);
print pad("all", 10) + pad_left("", 6) + pad_left(fixed(grand, 2), 12);
if (skipped > 0) print str(skipped) + " line(s) skipped";
