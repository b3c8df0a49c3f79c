chr(55296); // expect runtime error: chr: 55296 is not a Unicode code point
