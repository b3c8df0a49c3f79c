print reverse("héllo"); // expect: olléh
print concat("ab", "cd"); // expect: abcd
