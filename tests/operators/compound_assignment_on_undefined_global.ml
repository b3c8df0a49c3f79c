nothing += 1; // expect runtime error: undefined variable `nothing`
