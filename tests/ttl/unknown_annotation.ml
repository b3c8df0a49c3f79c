var x = [1] @keep(1s); // expect compile error: unknown annotation `@keep`
