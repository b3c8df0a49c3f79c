fun f() {
  var total = 0;
  for (var i = 0; i < 1000; i = i + 1) {
    var x = i;
    { var y = x * 2; if (y > 10) continue; }
    total += x;
  }
  var after = "ok";
  print total; // expect: 15
  print after; // expect: ok
}
f();
