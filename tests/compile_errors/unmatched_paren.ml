print (1 + 2; // expect compile error: unexpected `;`
