nil.x; // expect runtime error: only instances have properties
