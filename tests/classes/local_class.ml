{
  class Local { hi() { return "hi"; } }
  print Local().hi(); // expect: hi
}
