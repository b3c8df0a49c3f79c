break; // expect compile error: `break` outside a loop
