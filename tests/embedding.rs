//! Settings a program embedding minilang (or a fuzzer) gives the VM that have
//! no command-line flag.

use codespan_reporting::term::termcolor::NoColor;
use minilang::driver::{Outcome, Session};
use minilang::vm::VmConfig;

fn run(config: VmConfig, source: &str) -> (Outcome, String) {
    let mut session = Session::new(config, Box::new(std::io::sink()));
    let mut err = NoColor::new(Vec::new());
    let outcome = session.run("embedded.ml", source.as_bytes().to_vec(), &mut err);
    (outcome, String::from_utf8_lossy(err.get_ref()).into_owned())
}

#[test]
fn file_natives_can_be_turned_off() {
    let path = std::env::temp_dir().join(format!("minilang-embed-{}.txt", std::process::id()));
    let write = format!("write_file({:?}, \"x\");", path.to_str().unwrap());
    let off = VmConfig {
        files: false,
        ..VmConfig::default()
    };
    let (outcome, err) = run(off.clone(), &write);
    assert_eq!(outcome, Outcome::RuntimeError);
    assert!(
        err.contains("write_file: file access is turned off"),
        "{err}"
    );
    assert!(!path.exists(), "nothing was written");
    let read = format!("read_file({:?});", path.to_str().unwrap());
    let (_, err) = run(off, &read);
    assert!(
        err.contains("read_file: file access is turned off"),
        "{err}"
    );
    // On by default.
    let (outcome, err) = run(VmConfig::default(), &format!("{write} {read}"));
    assert_eq!(outcome, Outcome::Ok, "{err}");
    std::fs::remove_file(&path).unwrap();
}
