// An instance with more fields than a shape holds keeps them by name;
// reading, writing, methods and fields shadowing methods all still work.
class Wide {
  init() {
    this.f0 = 0;
    this.f1 = 1;
    this.f2 = 2;
    this.f3 = 3;
    this.f4 = 4;
    this.f5 = 5;
    this.f6 = 6;
    this.f7 = 7;
    this.f8 = 8;
    this.f9 = 9;
    this.f10 = 10;
    this.f11 = 11;
    this.f12 = 12;
    this.f13 = 13;
    this.f14 = 14;
    this.f15 = 15;
    this.f16 = 16;
    this.f17 = 17;
    this.f18 = 18;
    this.f19 = 19;
    this.f20 = 20;
    this.f21 = 21;
    this.f22 = 22;
    this.f23 = 23;
    this.f24 = 24;
    this.f25 = 25;
    this.f26 = 26;
    this.f27 = 27;
    this.f28 = 28;
    this.f29 = 29;
    this.f30 = 30;
    this.f31 = 31;
    this.f32 = 32;
    this.f33 = 33;
    this.f34 = 34;
    this.f35 = 35;
    this.f36 = 36;
    this.f37 = 37;
    this.f38 = 38;
    this.f39 = 39;
    this.f40 = 40;
    this.f41 = 41;
    this.f42 = 42;
    this.f43 = 43;
    this.f44 = 44;
    this.f45 = 45;
    this.f46 = 46;
    this.f47 = 47;
    this.f48 = 48;
    this.f49 = 49;
    this.f50 = 50;
    this.f51 = 51;
    this.f52 = 52;
    this.f53 = 53;
    this.f54 = 54;
    this.f55 = 55;
    this.f56 = 56;
    this.f57 = 57;
    this.f58 = 58;
    this.f59 = 59;
    this.f60 = 60;
    this.f61 = 61;
    this.f62 = 62;
    this.f63 = 63;
    this.f64 = 64;
    this.f65 = 65;
    this.f66 = 66;
    this.f67 = 67;
    this.f68 = 68;
    this.f69 = 69;
    this.f70 = 70;
    this.f71 = 71;
    this.f72 = 72;
    this.f73 = 73;
    this.f74 = 74;
    this.f75 = 75;
    this.f76 = 76;
    this.f77 = 77;
    this.f78 = 78;
    this.f79 = 79;
  }
  total() {
    return this.f0 + this.f1 + this.f2 + this.f3 + this.f4 + this.f5 + this.f6 + this.f7 + this.f8 + this.f9 + this.f10 + this.f11 + this.f12 + this.f13 + this.f14 + this.f15 + this.f16 + this.f17 + this.f18 + this.f19 + this.f20 + this.f21 + this.f22 + this.f23 + this.f24 + this.f25 + this.f26 + this.f27 + this.f28 + this.f29 + this.f30 + this.f31 + this.f32 + this.f33 + this.f34 + this.f35 + this.f36 + this.f37 + this.f38 + this.f39 + this.f40 + this.f41 + this.f42 + this.f43 + this.f44 + this.f45 + this.f46 + this.f47 + this.f48 + this.f49 + this.f50 + this.f51 + this.f52 + this.f53 + this.f54 + this.f55 + this.f56 + this.f57 + this.f58 + this.f59 + this.f60 + this.f61 + this.f62 + this.f63 + this.f64 + this.f65 + this.f66 + this.f67 + this.f68 + this.f69 + this.f70 + this.f71 + this.f72 + this.f73 + this.f74 + this.f75 + this.f76 + this.f77 + this.f78 + this.f79;
  }
  f3() { return "method"; }
  name() { return "wide"; }
}
var w = Wide();
print w.total(); // expect: 3160
w.f70 = 1000;
print w.f70; // expect: 1000
print w.total(); // expect: 4090
print w.f3; // expect: 3
print w.name(); // expect: wide
w.extra = "more";
print w.extra; // expect: more
print Wide().f79; // expect: 79
print w.missing; // expect runtime error: undefined property `missing`
