"str".field = 1; // expect runtime error: only instances have fields
