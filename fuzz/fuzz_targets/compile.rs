//! Lexer, parser and compiler on arbitrary bytes, through the same entry point
//! the binary uses (UTF-8 check included).
#![no_main]

use libfuzzer_sys::fuzz_target;
use minilang::driver::Session;
use minilang::vm::VmConfig;

fuzz_target!(|data: &[u8]| {
    let mut session = Session::new(VmConfig::default(), Box::new(std::io::sink()));
    let _ = session.compile("fuzz.ml", data.to_vec());
});
