{
  var a = 1;
  {
    var a = 2;
    {
      var a = 3;
      print a; // expect: 3
    }
    print a; // expect: 2
  }
  print a; // expect: 1
}
