//! Renders every error the user sees, in one place, with codespan-reporting:
//! `file:line:col`, the source line, a caret under the span, and for runtime
//! errors the stack trace, innermost first.

use crate::syntax::{CompileError, Span};
use crate::vm::error::SITE_MARK;
use crate::vm::{RuntimeError, TraceLine};
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::{Files, SimpleFiles};
use codespan_reporting::term::{self, termcolor::WriteColor};

/// Every source text loaded in this session (a file, `-e` code, stdin, REPL
/// entries), so errors can quote it and stack traces can name lines.
#[derive(Default)]
pub struct Sources {
    files: SimpleFiles<String, String>,
}

impl Sources {
    /// Adds a source and returns its index (the `file` of spans and sites).
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> u32 {
        self.files.add(name.into(), text.into()) as u32
    }

    /// `file:line` of a byte offset, for reports that group by line.
    pub fn line_of(&self, file: u32, offset: u32) -> String {
        let id = file as usize;
        let Ok(name) = self.files.name(id) else {
            return "<runtime>".into();
        };
        match self.files.line_index(id, offset as usize) {
            Ok(line) => format!("{name}:{}", line + 1),
            Err(_) => name,
        }
    }

    /// `file:line:col` of a byte offset, 1-based, for messages.
    pub fn location(&self, file: u32, offset: u32) -> String {
        let file = file as usize;
        let Ok(name) = self.files.name(file) else {
            return "<unknown>".into();
        };
        match self.files.location(file, offset as usize) {
            Ok(loc) => format!("{name}:{}:{}", loc.line_number, loc.column_number),
            Err(_) => name,
        }
    }
}

fn config() -> term::Config {
    term::Config {
        chars: term::Chars::ascii(),
        ..term::Config::default()
    }
}

fn label(file: u32, span: Span, text: &str) -> Label<usize> {
    Label::primary(file as usize, span.start as usize..span.end as usize).with_message(text)
}

/// Writes one diagnostic per compile error of `file`.
pub fn compile_errors(
    sources: &Sources,
    file: u32,
    errors: &[CompileError],
    out: &mut dyn WriteColor,
) {
    // As clang's error limit: past the first screenfuls the rest are mostly
    // echoes of the first ones, and a machine-made file with thousands of
    // errors on long lines would take seconds to render.
    const SHOWN: usize = 50;
    for e in errors.iter().take(SHOWN) {
        let diagnostic = Diagnostic::error()
            .with_message(&e.message)
            .with_labels(vec![label(file, e.span, &e.label)]);
        emit(sources, &diagnostic, out);
    }
    let n = errors.len();
    let _ = writeln!(
        out,
        "{n} compile error{}{}; nothing was run",
        if n == 1 { "" } else { "s" },
        if n > SHOWN {
            format!(" (the first {SHOWN} shown)")
        } else {
            String::new()
        }
    );
}

/// Writes a runtime error with its stack trace.
pub fn runtime_error(sources: &Sources, error: &RuntimeError, out: &mut dyn WriteColor) {
    let mut diagnostic = Diagnostic::error().with_message(resolve_sites(sources, error));
    if let Some(TraceLine { file, span, .. }) = &error.at {
        diagnostic = diagnostic.with_labels(vec![label(*file, *span, "raised here")]);
    }
    // Deep recursion would print thousands of identical lines: keep the ends.
    const KEEP: usize = 10;
    let mut notes = Vec::new();
    for (i, line) in error.trace.iter().enumerate() {
        let n = error.trace.len();
        if n > 2 * KEEP && i == KEEP {
            notes.push(format!("  ... {} more frames ...", n - 2 * KEEP));
        }
        if n > 2 * KEEP && (KEEP..n - KEEP).contains(&i) {
            continue;
        }
        notes.push(format!(
            "  at {} ({})",
            line.function,
            sources.location(line.file, line.span.start)
        ));
    }
    if !notes.is_empty() {
        diagnostic = diagnostic.with_notes(vec![format!("stack trace:\n{}", notes.join("\n"))]);
    }
    emit(sources, &diagnostic, out);
}

/// The message with its site marks replaced by `file:line:col`.
fn resolve_sites(sources: &Sources, error: &RuntimeError) -> String {
    let mut out = String::new();
    let mut parts = error.message.split(SITE_MARK);
    out.push_str(parts.next().unwrap_or(""));
    while let (Some(index), Some(rest)) = (parts.next(), parts.next()) {
        match index.parse::<usize>().ok().and_then(|i| error.sites.get(i)) {
            Some(site) => out.push_str(&sources.location(site.file, site.offset)),
            None => out.push_str("<unknown>"),
        }
        out.push_str(rest);
    }
    out
}

/// A one-line error with no source to point at (usage, missing files).
pub fn plain_error(message: &str, out: &mut dyn WriteColor) {
    let diagnostic: Diagnostic<usize> = Diagnostic::error().with_message(message);
    emit(&Sources::default(), &diagnostic, out);
}

fn emit(sources: &Sources, diagnostic: &Diagnostic<usize>, out: &mut dyn WriteColor) {
    // Rendered in memory and written at once: the renderer writes a
    // character at a time, and stderr is unbuffered (a syscall each — seconds
    // for a diagnostic under a 30,000-character line).
    let mut buffer = if out.supports_color() {
        term::termcolor::Buffer::ansi()
    } else {
        term::termcolor::Buffer::no_color()
    };
    if term::emit(&mut buffer, &config(), &sources.files, diagnostic).is_err() {
        // The span did not fit the text (should not happen): still say what broke.
        let _ = writeln!(out, "error: {}", diagnostic.message);
        return;
    }
    let _ = out.write_all(buffer.as_slice());
}
