{"a": 1}; // expect compile error: unexpected `:`
