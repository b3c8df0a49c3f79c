var free = 1; var len = 2; var ttl = 3;
print free + len + ttl; // expect: 6
