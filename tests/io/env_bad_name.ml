env("A=B"); // expect runtime error: env: "A=B" is not a variable name
