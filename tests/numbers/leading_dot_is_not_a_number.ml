print .5; // expect compile error: unexpected `.`
