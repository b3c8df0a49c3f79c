fun f(); // expect compile error: unexpected `;`
