split("abc", ""); // expect runtime error: split: the separator must not be empty
