// flags: --clock virtual

var cache = {"k": 1} @ttl(250ms);
sleep(0.253);
print cache["k"]; // expect runtime error: use of expired map (allocated at tests/ttl/use_after_expiry_message.ml:2:13 with @ttl(0.25), expired 3 ms ago)
