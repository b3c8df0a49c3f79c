// stdin: Ada
// input(prompt) writes the prompt first, without a newline.
var name = input("name? ");
print "hi " + name; // expect: name? hi Ada
input(1, 2); // expect runtime error: `input` expects 0 or 1 arguments but got 2
