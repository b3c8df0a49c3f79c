print args(); // expect: []
