//! The REPL driven through a pseudo-terminal, as a person would use it.

use rexpect::process::wait::WaitStatus;
use rexpect::session::{spawn_command, PtySession};
use std::path::PathBuf;
use std::process::Command;

/// A REPL with its history in a fresh data directory.
fn repl(name: &str, args: &[&str]) -> (PtySession, PathBuf) {
    let data = std::env::temp_dir().join(format!("minilang-repl-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    std::fs::create_dir_all(&data).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_minilang"));
    command
        .args(args)
        .env("XDG_DATA_HOME", &data)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    for var in ["MINILANG_GC", "MINILANG_HEAP_LIMIT", "MINILANG_CLOCK"] {
        command.env_remove(var);
    }
    let mut p = spawn_command(command, Some(10_000)).expect("spawns");
    p.exp_string("> ").expect("the first prompt");
    (p, data)
}

/// Types a line and waits until the REPL has echoed it, so the next
/// expectation can only match what the line produced.
fn enter(p: &mut PtySession, line: &str) {
    p.send_line(line).unwrap();
    p.exp_string(line).expect("the line is echoed");
}

fn exited_with(p: &mut PtySession) -> i32 {
    match p.process.wait() {
        Ok(WaitStatus::Exited(_, code)) => code,
        other => panic!("did not exit: {other:?}"),
    }
}

#[test]
fn multi_line_class_then_a_call() {
    let (mut p, _) = repl("class", &[]);
    enter(&mut p, "class Greeter {");
    p.exp_string("... ").expect("continuation prompt");
    enter(&mut p, "  hi(name) { return \"hi \" + name; }");
    p.exp_string("... ").unwrap();
    enter(&mut p, "}");
    p.exp_string("> ").unwrap();
    enter(&mut p, "print Greeter().hi(\"ana\");");
    p.exp_string("hi ana").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn bare_expressions_are_echoed_and_globals_persist() {
    let (mut p, _) = repl("echo", &[]);
    enter(&mut p, "var x = 20;");
    p.exp_string("> ").unwrap();
    enter(&mut p, "x * 2 + 2");
    p.exp_string("42").unwrap();
    enter(&mut p, "[1, \"two\"]");
    p.exp_string("[1, \"two\"]").unwrap();
    enter(&mut p, "1 +");
    p.exp_string("... ").unwrap();
    enter(&mut p, "2");
    p.exp_string("3").unwrap();
    enter(&mut p, ":quit");
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn an_error_is_reported_and_the_session_goes_on() {
    let (mut p, _) = repl("errors", &["--heap-limit", "256KB"]);
    enter(&mut p, "var keep = [1, 2];");
    p.exp_string("> ").unwrap();
    enter(&mut p, "print nope;");
    p.exp_string("undefined variable `nope`").unwrap();
    enter(&mut p, "print 1 +;");
    p.exp_string("unexpected `;`").unwrap();
    enter(&mut p, "var s = \"x\"; while (true) s = s + s;");
    p.exp_string("out of memory").unwrap();
    enter(&mut p, "var d = [9]; free(d); print d[0];");
    p.exp_string("use of freed list").unwrap();
    // The heap and the globals are intact.
    enter(&mut p, "keep");
    p.exp_string("[1, 2]").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn gc_reports_what_was_dropped_and_heap_lists_kinds() {
    let (mut p, _) = repl("gc", &[]);
    enter(
        &mut p,
        "var xs = []; for (var i = 0; i < 500; i = i + 1) push(xs, [i]);",
    );
    p.exp_string("> ").unwrap();
    enter(&mut p, ":gc");
    p.exp_string("> ").unwrap();
    enter(&mut p, "xs = nil;");
    p.exp_string("> ").unwrap();
    enter(&mut p, ":gc");
    let (_, count) = p.exp_regex(r"reclaimed \d+ objects").unwrap();
    let n: u64 = count.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(n >= 501, "the 500 lists and their holder: {count}");
    p.exp_string("> ").unwrap();
    enter(&mut p, ":heap");
    p.exp_string("native function").unwrap();
    p.exp_string("> ").unwrap();
    enter(&mut p, ":stats");
    p.exp_string("reclaimed collected").unwrap();
    // Mid-session nothing is "at exit" yet.
    p.exp_string("live now").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn history_is_written_one_entry_per_input() {
    let (mut p, data) = repl("history", &[]);
    enter(&mut p, "fun twice(x) {");
    p.exp_string("... ").unwrap();
    enter(&mut p, "  return 2 * x; }");
    p.exp_string("> ").unwrap();
    enter(&mut p, "twice(21)");
    p.exp_string("42").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exited_with(&mut p), 0);
    let history = std::fs::read_to_string(data.join("minilang").join("history")).unwrap();
    assert!(history.contains("twice(21)"), "{history}");
    assert!(history.contains("fun twice(x) {"), "{history}");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn ctrl_c_abandons_the_input_and_the_session_goes_on() {
    let (mut p, _) = repl("ctrlc", &[]);
    enter(&mut p, "var unfinished = (1 +");
    p.exp_string("... ").unwrap();
    p.send_control('c').unwrap();
    p.exp_string("> ").unwrap();
    enter(&mut p, "print \"after\";");
    p.exp_string("after").unwrap();
    enter(&mut p, "unfinished");
    p.exp_string("undefined variable `unfinished`").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn interactive_flag_runs_the_file_first() {
    let (mut p, _) = repl("dash-i", &["-i", "examples/hello.ml"]);
    enter(&mut p, "hi.greet(\"you\")");
    p.exp_string("Hi, you!").unwrap();
    p.send_control('d').unwrap();
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn piped_stdin_is_a_program_not_a_repl() {
    let out = assert_cmd::Command::cargo_bin("minilang")
        .unwrap()
        .write_stdin("print 6 * 7;")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
}

#[test]
fn a_missing_final_semicolon_is_supplied() {
    let (mut p, _) = repl("semicolon", &[]);
    enter(&mut p, "var x = 41");
    p.exp_string("> ").unwrap();
    enter(&mut p, "class C { init() { this.n = x + 1; } }");
    p.exp_string("> ").unwrap();
    enter(&mut p, "var c = C()");
    p.exp_string("> ").unwrap();
    enter(&mut p, "print c.n");
    p.exp_string("42").unwrap();
    // Really unfinished input still continues.
    enter(&mut p, "fun f() {");
    p.exp_string("... ").unwrap();
    enter(&mut p, "return x; }");
    p.exp_string("> ").unwrap();
    enter(&mut p, "f()");
    p.exp_string("41").unwrap();
    enter(&mut p, ":quit");
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn ctrl_c_stops_a_running_entry_and_the_session_goes_on() {
    let (mut p, _) = repl("interrupt", &[]);
    enter(&mut p, "var kept = [1, 2, 3];");
    p.exp_string("> ").unwrap();
    enter(&mut p, "while (true) {}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").expect("the loop is stopped");
    p.exp_string("stack trace").unwrap();
    p.exp_string("> ").unwrap();
    enter(&mut p, "sleep(30);");
    std::thread::sleep(std::time::Duration::from_millis(300));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").expect("the sleep is stopped");
    p.exp_string("> ").unwrap();
    // The globals and the heap survived.
    enter(&mut p, "print len(kept);");
    p.exp_string("3").unwrap();
    enter(&mut p, ":quit");
    assert_eq!(exited_with(&mut p), 0);
}

#[test]
fn an_unterminated_string_is_underlined_on_its_own_line() {
    let (mut p, _) = repl("unterminated", &[]);
    enter(&mut p, "print \"abc");
    p.exp_string("unterminated string").unwrap();
    let report = p.exp_string("nothing was run").unwrap();
    assert!(report.contains("1 | print \"abc"), "{report}");
    assert!(
        !report.contains("2 |"),
        "underlines a line that is not there: {report}"
    );
    p.exp_string("> ").unwrap();
    enter(&mut p, ":quit");
    assert_eq!(exited_with(&mut p), 0);
}
