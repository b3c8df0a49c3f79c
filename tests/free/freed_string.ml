var s = "dyn" + "amic";
free(s);
print s + "!"; // expect runtime error: use of freed string
