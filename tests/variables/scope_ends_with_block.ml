{
  var hidden = 1;
}
print hidden; // expect runtime error: undefined variable `hidden`
