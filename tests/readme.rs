//! The README's command transcripts are true: every fenced block whose lines
//! start with `$ ` is run — each `$` command through `sh` from the project's
//! root, with this build's `minilang` first on PATH — and what it prints
//! (stdout, then stderr, as a terminal shows them) must be what the block shows.
//!
//! Two things may differ, and only these: a line of just `...` in the README
//! stands for any number of lines, and measured durations (`22 ms`, `0.05 ms`,
//! `@0.001s`) are compared as "a duration" — which also lets the columns around
//! them shift. Everything else — counts, sizes, messages, locations — must
//! match exactly, so a figure in the README cannot go stale.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Transcript {
    /// The README line the command starts on, for messages.
    line: usize,
    command: String,
    expected: Vec<String>,
}

/// Whether `text` leaves a single-quoted string open (a command goes on).
fn open_quote(text: &str) -> bool {
    text.chars().filter(|&c| c == '\'').count() % 2 == 1
}

fn transcripts(readme: &str) -> Vec<Transcript> {
    let mut found = Vec::new();
    let mut lines = readme.lines().enumerate().peekable();
    while let Some((_, line)) = lines.next() {
        if !line.starts_with("```") {
            continue;
        }
        // One fenced block.
        let mut block = Vec::new();
        for (n, line) in lines.by_ref() {
            if line.starts_with("```") {
                break;
            }
            block.push((n + 1, line.to_string()));
        }
        if !block.first().is_some_and(|(_, l)| l.starts_with("$ ")) {
            continue;
        }
        let mut i = 0;
        while i < block.len() {
            let (line, text) = &block[i];
            let mut command = text["$ ".len()..].to_string();
            i += 1;
            while open_quote(&command) && i < block.len() {
                command.push('\n');
                command.push_str(&block[i].1);
                i += 1;
            }
            let mut expected = Vec::new();
            while i < block.len() && !block[i].1.starts_with("$ ") {
                expected.push(block[i].1.clone());
                i += 1;
            }
            while expected.last().is_some_and(|l| l.trim().is_empty()) {
                expected.pop();
            }
            found.push(Transcript {
                line: *line,
                command,
                expected,
            });
        }
    }
    found
}

/// A line with every measured duration replaced by `<d>` and runs of spaces
/// folded, so a wall time of 9 ms or 22 ms reads the same.
fn normalize(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let number = |w: &str| {
            let w = w.trim_start_matches('(');
            !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '.')
        };
        if number(word)
            && words
                .get(i + 1)
                .is_some_and(|u| u.trim_end_matches([')', ',']) == "ms")
        {
            out.push("<d>".into());
            i += 2;
            continue;
        }
        // `gc 1 @0.001s:` in --gc-trace lines.
        if word.starts_with('@') && word.ends_with("s:") && number(&word[1..word.len() - 2]) {
            out.push("@<d>:".into());
            i += 1;
            continue;
        }
        out.push(word.to_string());
        i += 1;
    }
    out.join(" ")
}

/// Whether `actual` matches `expected`, where an `...` line matches any run
/// of lines.
fn matches(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first.trim() == "..." => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(a, more)| normalize(a) == normalize(first) && matches(rest, more)),
    }
}

fn run(root: &Path, bin_dir: &Path, command: &str) -> Vec<String> {
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = Command::new("sh")
        .arg("-c")
        .arg(command)
        .current_dir(root)
        .env("PATH", path)
        .env("TERM", "dumb")
        .env_remove("MINILANG_GC")
        .env_remove("MINILANG_HEAP_LIMIT")
        .env_remove("MINILANG_CLOCK")
        .env_remove("MINILANG_STATS")
        .output()
        .expect("sh runs");
    let mut text = String::from_utf8_lossy(&output.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&output.stderr));
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines
}

#[test]
fn every_command_transcript_in_the_readme_is_what_the_command_prints() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_minilang"))
        .parent()
        .expect("the binary's folder")
        .to_path_buf();
    let all = transcripts(&readme);
    assert!(all.len() >= 10, "found only {} transcripts", all.len());
    let mut failures = Vec::new();
    for t in &all {
        let actual = run(&root, &bin_dir, &t.command);
        if !matches(&t.expected, &actual) {
            failures.push(format!(
                "README.md:{}: $ {}\n--- README shows\n{}\n--- the command prints\n{}",
                t.line,
                t.command,
                t.expected.join("\n"),
                actual.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn the_comparison_is_strict_about_figures() {
    let shown = vec!["allocated  8,442  1.9 MiB".to_string()];
    assert!(!matches(
        &shown,
        &["allocated  11,394  2.1 MiB".to_string()]
    ));
    assert!(matches(
        &["gc 1 @0.001s: pause 0.01 ms, next".to_string()],
        &["gc 1 @0.004s: pause 0.12 ms, next".to_string()]
    ));
    assert!(matches(
        &["a".into(), "...".into(), "z".into()],
        &["a".into(), "b".into(), "c".into(), "z".into()]
    ));
    assert!(!matches(&["a".into()], &["a".into(), "b".into()]));
}

/// `text` as a regular expression that matches it literally, except that a
/// measured duration (`0.05 ms`) matches any duration and runs of spaces match
/// any run of spaces.
fn pattern(text: &str) -> String {
    let mut out = String::new();
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push_str(r"\s+");
        }
        let is_number = word
            .trim_start_matches('(')
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.');
        if is_number
            && !word.trim_start_matches('(').is_empty()
            && text.contains(&format!("{word} ms"))
        {
            if word.starts_with('(') {
                out.push_str(r"\(");
            }
            out.push_str("[0-9.]+");
            continue;
        }
        for c in word.chars() {
            if "\\.+*?()|[]{}^$".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// The README's REPL session, replayed in a terminal: every line typed after
/// `> ` or `... ` is typed, and every other line must appear, in order.
#[test]
fn the_readme_repl_session_is_what_the_repl_prints() {
    use rexpect::session::spawn_command;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let session: Vec<&str> = readme
        .lines()
        .skip_while(|l| !l.starts_with("minilang 0.1.0 — :help"))
        .take_while(|l| !l.starts_with("```"))
        .collect();
    assert!(session.len() > 10, "the README's REPL session");
    let data = std::env::temp_dir().join(format!("minilang-readme-repl-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_minilang"));
    command
        .args(["--clock", "virtual"])
        .env("XDG_DATA_HOME", &data)
        .env("TERM", "xterm")
        // The README shows no colours.
        .env("NO_COLOR", "1")
        .env_remove("MINILANG_GC");
    let mut p = spawn_command(command, Some(10_000)).expect("spawns");
    // rexpect reads bytes one by one, so the banner's em dash is not matched.
    let banner_end = session[0].rsplit('—').next().unwrap_or(session[0]).trim();
    p.exp_string(banner_end).expect("the banner");
    for line in &session[1..] {
        let prompt = ["> ", "... "].into_iter().find(|p| line.starts_with(p));
        match prompt {
            Some(prompt) => {
                let input = &line[prompt.len()..];
                // Typed only once the prompt is up: the line editor asks the
                // terminal for the cursor position before it prints the
                // prompt and may take keys typed meanwhile for the answer.
                p.exp_string(prompt)
                    .unwrap_or_else(|e| panic!("no prompt `{prompt}` for `{input}`: {e}"));
                p.send_line(input).unwrap();
                p.exp_string(input)
                    .unwrap_or_else(|e| panic!("`{input}` is not echoed: {e}"));
            }
            None => {
                p.exp_regex(&pattern(line))
                    .unwrap_or_else(|e| panic!("the REPL does not print `{line}`: {e}"));
            }
        }
    }
    p.send_control('d').unwrap();
    std::fs::remove_dir_all(&data).ok();
}

/// The script count the Tests section gives is the number of scripts.
#[test]
fn the_readme_counts_the_scripts_right() {
    fn count(dir: &Path) -> usize {
        std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .map(|e| e.path())
                    .map(|p| {
                        if p.is_dir() {
                            count(&p)
                        } else {
                            usize::from(p.extension().is_some_and(|e| e == "ml"))
                        }
                    })
                    .sum()
            })
            .unwrap_or(0)
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let at = readme
        .find(" of them, one folder")
        .expect("the script count");
    let shown: usize = readme[..at]
        .rsplit('(')
        .next()
        .and_then(|n| n.trim().parse().ok())
        .expect("a number");
    assert_eq!(shown, count(&root.join("tests")));
}
