{
  class Base { m() { return "base"; } }
  class Derived < Base {}
  print Derived().m(); // expect: base
}
