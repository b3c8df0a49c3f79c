print 123.; // expect compile error: unexpected `;`
