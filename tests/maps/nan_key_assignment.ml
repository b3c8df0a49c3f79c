var m = {};
m[0/0] = 1; // expect runtime error: NaN can't be a map key
