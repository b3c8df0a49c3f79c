// An entry whose key object is freed or expires is gone: len, keys, printing
// and writing the same text again never see it (keys are weak).
// flags: --clock virtual
var k = [1];
var s = "a" + "b";
var m = {};
m[k] = "list";
m[s] = "string";
m["c"] = 3;
print len(m); // expect: 3
free(k);
print len(m); // expect: 2
print keys(m); // expect: ["ab", "c"]
print m; // expect: {"ab": "string", "c": 3}
free(s);
print m; // expect: {"c": 3}
m["a" + "b"] = "again";
print len(m); // expect: 2
print m; // expect: {"c": 3, "ab": "again"}
var t = [2] @ttl(1s);
m[t] = "timed";
print len(m); // expect: 3
sleep(2);
print len(m); // expect: 2
print keys(m); // expect: ["c", "ab"]
print remove(m, "c"); // expect: 3
print m; // expect: {"ab": "again"}
