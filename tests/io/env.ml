print type(env("PATH")); // expect: string
print env("MINILANG_SURELY_UNSET_VARIABLE"); // expect: nil
