//! The file-driven suite: every `tests/<area>/*.ml` script runs through the real
//! binary once per collector mode ([`MODES`]: the default collector
//! (incremental), `--gc stop-the-world`, `--gc stress`, `--gc off`, and the
//! incremental and generational collectors under `--gc-stress`), and must
//! produce exactly what its comments expect:
//!
//! - `// expect: TEXT` — the next line of stdout (all lines, in order);
//! - `// expect runtime error: TEXT` — stderr contains TEXT and names this line
//!   as `file:LINE:`; exit code 70;
//! - `// expect compile error: TEXT` — the same for compile errors; exit code 65
//!   (a script may expect several);
//! - `// flags: ...` — extra command-line flags, placed before the script path;
//! - `// args: ...` — arguments after the script path;
//! - `// stdin: TEXT` — a line fed to the program's stdin;
//! - `// modes: default stress` — only these collector modes (for scripts about
//!   what the collector reclaims, which `--gc off` by design does not); `stress`
//!   admits the stressed incremental and generational collectors too, and
//!   `default` the unstressed stop-the-world collector.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Expectations {
    stdout: Vec<String>,
    /// (line, text) of each expected error.
    errors: Vec<(usize, String)>,
    exit_code: i32,
    flags: Vec<String>,
    args: Vec<String>,
    stdin: String,
    /// `None` for every mode.
    modes: Option<Vec<String>>,
}

fn read_expectations(source: &str) -> Expectations {
    let mut e = Expectations {
        stdout: Vec::new(),
        errors: Vec::new(),
        exit_code: 0,
        flags: Vec::new(),
        args: Vec::new(),
        stdin: String::new(),
        modes: None,
    };
    for (i, line) in source.lines().enumerate() {
        let Some(at) = line.find("// ") else { continue };
        let comment = &line[at + 3..];
        if let Some(text) = comment.strip_prefix("expect: ") {
            e.stdout.push(text.to_string());
        } else if let Some(text) = comment.strip_prefix("expect runtime error: ") {
            e.errors.push((i + 1, text.to_string()));
            e.exit_code = 70;
        } else if let Some(text) = comment.strip_prefix("expect compile error: ") {
            e.errors.push((i + 1, text.to_string()));
            e.exit_code = 65;
        } else if let Some(text) = comment.strip_prefix("flags: ") {
            e.flags.extend(text.split_whitespace().map(String::from));
        } else if let Some(text) = comment.strip_prefix("args: ") {
            e.args.extend(text.split_whitespace().map(String::from));
        } else if let Some(text) = comment.strip_prefix("modes: ") {
            // A reason may follow in parentheses.
            let names = text.split('(').next().unwrap_or_default();
            e.modes = Some(names.split_whitespace().map(String::from).collect());
        } else if let Some(text) = comment.strip_prefix("stdin: ") {
            e.stdin.push_str(text);
            e.stdin.push('\n');
        }
    }
    e
}

fn run_script(path: &Path, mode: &str) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("reading: {e}"))?;
    let expected = read_expectations(&source);
    let mut command = Command::new(env!("CARGO_BIN_EXE_minilang"));
    match mode {
        "default" => {}
        // The incremental and generational collectors, driven as hard as they
        // can be (a step or a minor cycle before every allocation).
        "incremental" | "generational" => {
            command.args(["--gc", mode, "--gc-stress"]);
        }
        _ => {
            command.args(["--gc", mode]);
        }
    }
    command
        .args(&expected.flags)
        .arg(path)
        .args(&expected.args)
        .env_remove("MINILANG_GC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().map_err(|e| format!("spawning: {e}"))?;
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("piped");
        let _ = stdin.write_all(expected.stdin.as_bytes());
    }
    let output = child
        .wait_with_output()
        .map_err(|e| format!("waiting: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let actual: Vec<&str> = stdout.lines().collect();
    let mut problems = Vec::new();
    if actual != expected.stdout {
        problems.push(format!(
            "stdout differs\n--- expected\n{}\n--- actual\n{}",
            expected.stdout.join("\n"),
            actual.join("\n")
        ));
    }
    let code = output.status.code().unwrap_or(-1);
    if code != expected.exit_code {
        problems.push(format!("exit code {code}, expected {}", expected.exit_code));
    }
    let file = path.display().to_string();
    for (line, text) in &expected.errors {
        if !stderr.contains(text.as_str()) {
            problems.push(format!("stderr lacks `{text}`"));
        }
        let location = format!("{file}:{line}:");
        if !stderr.contains(&location) {
            problems.push(format!("stderr does not point at {location}"));
        }
    }
    if expected.errors.is_empty() && !stderr.is_empty() {
        problems.push("unexpected stderr".into());
    }
    if stderr.contains("panicked") || stderr.contains("internal error") {
        problems.push("the runtime crashed".into());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{}\n--- stderr\n{stderr}", problems.join("\n")).into())
    }
}

fn scripts(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            scripts(&path, found);
        } else if path.extension().is_some_and(|e| e == "ml") {
            found.push(path);
        }
    }
}

/// Every script runs under each of these: the default collector
/// (incremental), the stop-the-world collector as it runs by default and
/// at every allocation (`--gc stress`), none, and the incremental and
/// generational collectors under `--gc-stress`. The environment variable
/// `MINILANG_SCRIPT_MODES` (space-separated) picks fewer.
const MODES: [&str; 6] = [
    "default",
    "stop-the-world",
    "stress",
    "off",
    "incremental",
    "generational",
];

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    scripts(&root.join("tests"), &mut found);
    found.sort();
    let mut trials = Vec::new();
    for path in found {
        let relative = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
        let name = relative.with_extension("").display().to_string();
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let modes = read_expectations(&source).modes;
        let picked = std::env::var("MINILANG_SCRIPT_MODES")
            .ok()
            .filter(|p| !p.trim().is_empty());
        for mode in MODES {
            if picked
                .as_ref()
                .is_some_and(|p| !p.split_whitespace().any(|p| p == mode))
            {
                continue;
            }
            // `stress` in a script's modes admits every stressed collector,
            // `default` every collector running as it does by default.
            let family = match mode {
                "incremental" | "generational" => "stress",
                "stop-the-world" => "default",
                _ => mode,
            };
            if modes
                .as_ref()
                .is_some_and(|m| !m.iter().any(|m| m == mode || m == family))
            {
                continue;
            }
            let path = relative.clone();
            trials.push(Trial::test(format!("{name} [{mode}]"), move || {
                run_script(&path, mode)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
