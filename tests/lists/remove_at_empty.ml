remove_at([], 0); // expect runtime error: remove_at: list index 0 is out of range for a list of length 0
