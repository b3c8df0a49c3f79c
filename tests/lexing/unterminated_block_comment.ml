print 1;
/* never closed // expect compile error: unterminated block comment
