print len; // expect: <native fn>
print push; // expect: <native fn>
