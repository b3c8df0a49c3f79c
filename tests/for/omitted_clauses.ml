var i = 0;
for (; i < 2;) { print i; i = i + 1; }
// expect: 0
// expect: 1
for (;;) { print "once"; stop(); } // expect runtime error: undefined variable `stop`
// expect: once
