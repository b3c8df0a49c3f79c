// The loop's header is broken; the `break` in its body must not add a
// second, misleading error. (While a file has syntax errors, no `break`
// outside a loop is reported: it is once they are fixed.)
while (1 +) { // expect compile error: unexpected `)`
  break;
}
for (var x in ) { // expect compile error: unexpected `)`
  continue;
}
