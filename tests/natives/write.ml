// write prints its arguments' printed forms back to back, with no newline.
write("a", 1, [2, "b"], nil); // expect: a1[2, "b"]nil
write("\n");
write("no newline"); // expect: no newline
print "";
write(); // expect runtime error: `write` expects 1 to 255 arguments but got 0
