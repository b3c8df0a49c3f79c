@cache(1) class C {} // expect compile error: unknown annotation `@cache`
