var out = "";
for (var a in ["x", "y"]) for (var b in [1, 2]) out += a + str(b) + " ";
print out; // expect: x1 x2 y1 y2 
