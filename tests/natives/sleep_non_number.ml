sleep("1"); // expect runtime error: sleep: seconds must be a number, not string
