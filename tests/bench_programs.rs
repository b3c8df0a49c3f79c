//! The classic Lox benchmark programs in `examples/bench/` run unchanged and
//! print what the Lox reference prints. Each `NAME.expected` beside a program
//! lists its output, with `<time>` standing for a line that is a measured time.

use std::path::Path;
use std::process::Command;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bench");
    let expected = std::fs::read_to_string(dir.join(format!("{name}.expected")))
        .expect("expected output beside the program");
    let output = Command::new(env!("CARGO_BIN_EXE_minilang"))
        .arg(dir.join(format!("{name}.ml")))
        .env_remove("MINILANG_GC")
        .output()
        .expect("minilang runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let actual = String::from_utf8_lossy(&output.stdout);
    let actual: Vec<&str> = actual.lines().collect();
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(actual.len(), expected.len(), "{name}: {actual:?}");
    for (a, e) in actual.iter().zip(&expected) {
        if *e == "<time>" {
            assert!(a.parse::<f64>().is_ok(), "{name}: `{a}` is not a time");
        } else {
            assert_eq!(a, e, "{name}");
        }
    }
}

macro_rules! programs {
    ($($name:ident),*) => {
        $(
            #[test]
            fn $name() {
                check(stringify!($name));
            }
        )*
    };
}

programs!(
    binary_trees,
    equality,
    fib,
    instantiation,
    invocation,
    method_call,
    properties,
    string_equality,
    trees,
    zoo
);
