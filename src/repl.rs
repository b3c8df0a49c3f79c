//! The interactive REPL (README, "REPL") on rustyline: prompt `> `, `... ` while
//! the parser says the input is unfinished, bare expressions echoed, globals and
//! the heap kept between entries, history in the user's data directory, tab
//! completion of keywords, natives and globals, and the `:` commands.

use crate::driver::Session;
use crate::syntax::{self, Completeness};
use crate::units;
use codespan_reporting::term::termcolor::WriteColor;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

const KEYWORDS: &[&str] = &[
    "and", "break", "class", "continue", "else", "false", "for", "fun", "if", "in", "nil", "or",
    "print", "return", "super", "this", "true", "var", "while",
];

const COMMANDS: &[(&str, &str)] = &[
    (":help", "this list"),
    (":stats", "the reclamation table so far"),
    (":gc", "collect now and report what was reclaimed"),
    (":heap", "live objects by kind"),
    (":quit", "leave (Ctrl-D does too)"),
];

/// Completes words from the names the session knows; the name list is shared
/// with the loop, which refreshes it after every entry.
struct ReplHelper {
    names: Rc<RefCell<Vec<String>>>,
}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        if word.is_empty() {
            return Ok((pos, Vec::new()));
        }
        let names = self.names.borrow();
        let mut found: Vec<String> = KEYWORDS
            .iter()
            .map(|k| k.to_string())
            .chain(names.iter().cloned())
            .chain(COMMANDS.iter().map(|(c, _)| c.to_string()))
            .filter(|name| name.starts_with(word) && name != word)
            .collect();
        found.sort();
        found.dedup();
        Ok((start, found))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl Helper for ReplHelper {}

/// Where history is kept: `<data dir>/minilang/history`.
pub fn history_path() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join("minilang").join("history"))
}

/// Whether `text` needs more lines: the parser ran out of input.
fn unfinished(text: &str) -> bool {
    if syntax::parse_expression(text).is_some() {
        return false;
    }
    matches!(
        syntax::parse_program(text),
        Err(failed) if failed.completeness == Completeness::Incomplete
    )
}

/// `text` with a `;` after its last token, if that makes it a whole program.
fn with_final_semicolon(text: &str) -> Option<String> {
    let completed = format!("{};\n", text.trim_end());
    syntax::parse_program(&completed).ok().map(|_| completed)
}

/// A line editor holding the session's history so far. The REPL makes one
/// for each line it reads and drops it before the entry runs: while it exists,
/// rustyline owns SIGINT, and a running program must get Ctrl-C itself (the
/// handler in `main` turns it into an "interrupted" error).
fn editor(
    names: &Rc<RefCell<Vec<String>>>,
    history: &[String],
) -> rustyline::Result<Editor<ReplHelper, DefaultHistory>> {
    let mut editor: Editor<ReplHelper, DefaultHistory> = Editor::new()?;
    editor.set_helper(Some(ReplHelper {
        names: Rc::clone(names),
    }));
    for entry in history {
        editor.add_history_entry(entry.as_str())?;
    }
    Ok(editor)
}

/// Runs the REPL until `:quit` or end of input; the exit code is 0.
pub fn run(session: &mut Session, err: &mut dyn WriteColor) -> u8 {
    let names = Rc::new(RefCell::new(session.vm.global_names()));
    let history_file = history_path();
    let mut history = match editor(&names, &[]) {
        Ok(mut first) => {
            if let Some(path) = &history_file {
                let _ = first.load_history(path);
            }
            first.history().iter().cloned().collect::<Vec<String>>()
        }
        Err(e) => {
            crate::diagnostics::plain_error(&format!("cannot start the REPL: {e}"), err);
            return 70;
        }
    };
    println!(
        "minilang {} — :help for commands, Ctrl-D to leave",
        env!("CARGO_PKG_VERSION")
    );
    let mut buffer = String::new();
    let mut entry = 0;
    loop {
        let prompt = if buffer.is_empty() { "> " } else { "... " };
        let mut editor = match editor(&names, &history) {
            Ok(editor) => editor,
            Err(e) => {
                crate::diagnostics::plain_error(&format!("cannot read input: {e}"), err);
                break;
            }
        };
        match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim_start().starts_with(':') {
                    remember(&mut history, line.trim(), &history_file, &mut editor);
                    drop(editor);
                    if !command(session, line.trim()) {
                        break;
                    }
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                if buffer.trim().is_empty() {
                    buffer.clear();
                    continue;
                }
                if unfinished(&buffer) {
                    // A statement that lacks only its final `;` is complete
                    // (Lua and Python need none); an open bracket is not.
                    match with_final_semicolon(&buffer) {
                        Some(complete) => buffer = complete,
                        None => continue,
                    }
                }
                let text = std::mem::take(&mut buffer);
                remember(&mut history, text.trim_end(), &history_file, &mut editor);
                // Gone before the entry runs, so Ctrl-C reaches the program.
                drop(editor);
                entry += 1;
                let outcome = session.run_entry(&format!("<repl:{entry}>"), &text, err);
                // `exit(code)` leaves the REPL, as in Python.
                if let crate::driver::Outcome::Exited(code) = outcome {
                    return code;
                }
                *names.borrow_mut() = session.vm.global_names();
            }
            // Ctrl-C at the prompt abandons the input being typed.
            Err(ReadlineError::Interrupted) => buffer.clear(),
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                crate::diagnostics::plain_error(&format!("cannot read input: {e}"), err);
                break;
            }
        }
    }
    0
}

/// Adds an entry to the history (the session's and the line editor's) and
/// writes the history file.
fn remember(
    history: &mut Vec<String>,
    entry: &str,
    path: &Option<PathBuf>,
    editor: &mut Editor<ReplHelper, DefaultHistory>,
) {
    if history.last().map(String::as_str) != Some(entry) {
        history.push(entry.to_string());
    }
    let _ = editor.add_history_entry(entry);
    if let Some(path) = path {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = editor.save_history(path);
    }
}

/// Runs a `:` command; false for `:quit`.
fn command(session: &mut Session, line: &str) -> bool {
    match line {
        ":quit" | ":q" | ":exit" => return false,
        ":help" => {
            println!("Type a declaration or statement, or an expression to see its value.");
            println!("Input continues on `... ` lines until it is complete; Ctrl-C abandons it.");
            for (name, what) in COMMANDS {
                println!("  {name:<8} {what}");
            }
        }
        ":stats" => print!("{}", session.stats_now()),
        ":gc" => {
            let cycle = session.vm.collect_garbage(None);
            if session.vm.heap.collector_enabled() {
                println!(
                    "reclaimed {} objects, {} (pause {})",
                    units::count(cycle.objects),
                    units::bytes(cycle.bytes),
                    units::duration(cycle.pause)
                );
            } else {
                println!("the collector is off (--gc off): nothing reclaimed");
            }
        }
        ":heap" => {
            let census = session.vm.heap.census();
            println!("{:<18}{:>10}{:>13}", "kind", "objects", "bytes");
            for (kind, objects, bytes) in census {
                println!(
                    "{:<18}{:>10}{:>13}",
                    kind,
                    units::count(objects),
                    units::bytes(bytes)
                );
            }
        }
        other => println!("unknown command `{other}` (try :help)"),
    }
    true
}
