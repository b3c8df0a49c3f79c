repeat("abc", 1e15); // expect runtime error: repeat: the result would be larger than 1.0 GiB
