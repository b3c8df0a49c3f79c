//! Whole programs, run with a small heap, a step budget and a shallow call
//! limit so every run is short: any input must end in a result or an error.
#![no_main]

use codespan_reporting::term::termcolor::NoColor;
use libfuzzer_sys::fuzz_target;
use minilang::driver::Session;
use minilang::heap::HeapConfig;
use minilang::vm::{ClockKind, VmConfig};

fuzz_target!(|data: &[u8]| {
    let config = VmConfig {
        heap: HeapConfig {
            limit: Some(1 << 20),
            ..HeapConfig::default()
        },
        clock: ClockKind::Virtual,
        max_depth: 200,
        max_steps: Some(20_000),
        // Random input must not write files wherever it likes.
        files: false,
        ..VmConfig::default()
    };
    let mut session = Session::new(config, Box::new(std::io::sink()));
    let mut errors = NoColor::new(Vec::new());
    let _ = session.run("fuzz.ml", data.to_vec(), &mut errors);
    // Reports must render too.
    let _ = session.stats_report(true);
});
