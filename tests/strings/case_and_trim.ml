print upper("héllo wörld"); // expect: HÉLLO WÖRLD
print lower("ÀBC"); // expect: àbc
print "[" + trim("  \t padded \n ") + "]"; // expect: [padded]
print trim("") == ""; // expect: true
