if (true) { continue; } // expect compile error: `continue` outside a loop
