//! The classic Lox benchmark programs in `examples/bench/` run unchanged and
//! print what the Lox reference prints. Each `NAME.expected` beside a program
//! lists its output, with `<time>` standing for a line that is a measured time.

use std::path::Path;
use std::process::Command;

fn check(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bench");
    let output = Command::new(env!("CARGO_BIN_EXE_minilang"))
        .arg(dir.join(format!("{name}.ml")))
        .env_remove("MINILANG_GC")
        .output()
        .expect("minilang runs");
    matches_expected(name, "minilang", &output);
}

/// The output of `runtime` running program `name` is what `NAME.expected` says.
fn matches_expected(name: &str, runtime: &str, output: &std::process::Output) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/bench");
    let expected = std::fs::read_to_string(dir.join(format!("{name}.expected")))
        .expect("expected output beside the program");
    assert!(
        output.status.success(),
        "{runtime} {name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let actual = String::from_utf8_lossy(&output.stdout);
    let actual: Vec<&str> = actual.lines().collect();
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(actual.len(), expected.len(), "{runtime} {name}: {actual:?}");
    for (a, e) in actual.iter().zip(&expected) {
        if *e == "<time>" {
            assert!(
                a.parse::<f64>().is_ok(),
                "{runtime} {name}: `{a}` is not a time"
            );
        } else {
            assert_eq!(a, e, "{runtime} {name}");
        }
    }
}

/// The Lua and Python ports in `benches/ports/` (what `scripts/compare.py`
/// times minilang against) compute what the minilang programs compute. Python
/// is always there; Lua is checked when `lua5.4` is installed.
#[test]
fn ports_print_what_the_programs_print() {
    let ports = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/ports");
    let lua = Command::new("lua5.4").arg("-v").output().is_ok();
    if !lua {
        eprintln!("note: lua5.4 not installed; checking the Python ports only");
    }
    for name in ["binary_trees", "fib", "method_call", "properties", "trees"] {
        let python = Command::new("python3")
            .arg(ports.join(format!("python/{name}.py")))
            .output()
            .expect("python3 runs");
        matches_expected(name, "python", &python);
        if lua {
            let output = Command::new("lua5.4")
                .arg(ports.join(format!("lua/{name}.lua")))
                .output()
                .expect("lua5.4 runs");
            matches_expected(name, "lua", &output);
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
