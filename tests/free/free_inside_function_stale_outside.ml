var data = [1, 2];
fun consume(d) { free(d); }
consume(data);
print len(data); // expect runtime error: use of freed list
