print {"a": 1}[0:1]; // expect runtime error: only lists and strings can be sliced, not map
