//! Lexer and parser on arbitrary text: every input ends in a tree or in errors.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = minilang::syntax::parse_program(text);
        let _ = minilang::syntax::parse_expression(text);
    }
});
