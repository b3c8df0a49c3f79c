//! One minilang session: the loaded sources and the VM, and the steps from source
//! bytes to a finished run. The binary, the tests and the benches all go through
//! here, so they run programs exactly the same way.

use crate::compiler;
use crate::diagnostics::{self, Sources};
use crate::syntax::ast::{Stmt, StmtKind};
use crate::syntax::{self, CompileError, Span};
use crate::vm::{RuntimeError, Vm, VmConfig};
use codespan_reporting::term::termcolor::WriteColor;
use std::io::Write;

/// How a run ended; maps onto the exit codes (docs/language.md §7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    CompileError,
    RuntimeError,
    /// Stopped by Ctrl-C.
    Interrupted,
    /// The program called `exit(code)`.
    Exited(u8),
}

impl Outcome {
    pub fn exit_code(self) -> i32 {
        match self {
            Outcome::Ok => 0,
            Outcome::CompileError => 65,
            Outcome::RuntimeError => 70,
            // 128 + SIGINT, as shells report a process ended by Ctrl-C.
            Outcome::Interrupted => 130,
            Outcome::Exited(code) => code as i32,
        }
    }
}

/// Largest source accepted; spans are 32-bit byte offsets.
pub const MAX_SOURCE_BYTES: usize = u32::MAX as usize - 1;

pub struct Session {
    pub sources: Sources,
    pub vm: Vm,
}

impl Session {
    pub fn new(config: VmConfig, out: Box<dyn Write>) -> Session {
        Session {
            sources: Sources::default(),
            vm: Vm::new(config, out),
        }
    }

    /// Compiles and runs `bytes` as the source named `name`, reporting any error
    /// to `err` after flushing program output (so the two interleave correctly).
    pub fn run(&mut self, name: &str, bytes: Vec<u8>, err: &mut dyn WriteColor) -> Outcome {
        let compiled = self.compile(name, bytes);
        self.execute(compiled, err)
    }

    /// Runs one REPL entry: a bare expression is evaluated and its value
    /// printed; anything else runs as a program, with the globals of the
    /// entries before it.
    pub fn run_entry(&mut self, name: &str, text: &str, err: &mut dyn WriteColor) -> Outcome {
        let compiled = match syntax::parse_expression(text) {
            Some(expr) => {
                let span = expr.span;
                let echo = vec![Stmt::new(StmtKind::Print(expr), span)];
                let file = self.sources.add(name, text);
                (file, compiler::compile(&echo))
            }
            None => self.compile(name, text.as_bytes().to_vec()),
        };
        self.execute(compiled, err)
    }

    fn execute(
        &mut self,
        compiled: (u32, Result<crate::bytecode::Proto, Vec<CompileError>>),
        err: &mut dyn WriteColor,
    ) -> Outcome {
        let (file, result) = compiled;
        let outcome = match result {
            Err(errors) => {
                diagnostics::compile_errors(&self.sources, file, &errors, err);
                Outcome::CompileError
            }
            Ok(script) => match self.interpret(script, file) {
                Ok(()) => Outcome::Ok,
                Err(error) if error.exit.is_some() => {
                    Outcome::Exited(error.exit.unwrap_or_default())
                }
                Err(error) => {
                    let _ = self.vm.flush();
                    self.report(&error, err);
                    if error.interrupted {
                        Outcome::Interrupted
                    } else {
                        Outcome::RuntimeError
                    }
                }
            },
        };
        if let Err(e) = self.vm.flush() {
            let message = format!("cannot write program output: {e}");
            diagnostics::plain_error(&message, err);
            return Outcome::RuntimeError;
        }
        outcome
    }

    fn interpret(&mut self, script: crate::bytecode::Proto, file: u32) -> crate::vm::VmResult<()> {
        // A Ctrl-C pressed before this run began is not for it.
        crate::vm::clear_interrupt();
        self.vm.interpret(script, file)
    }

    /// The `--stats` table, followed by the leak report when the collector is
    /// off (everything live at exit leaked) or `leaks` asks for it.
    pub fn stats_report(&self, leaks: bool) -> String {
        use crate::report::stats::{self, Live};
        let mode = self.vm.heap.config().mode;
        let off = mode == crate::heap::GcMode::Off;
        // Objects by site cost a walk of the heap: only for the leak report.
        let sites = if off || leaks {
            self.vm.heap.live_by_site(false)
        } else {
            Vec::new()
        };
        let live = if off {
            Live::Leaked {
                program: stats::program_data(&sites),
            }
        } else {
            Live::AtExit
        };
        let mut out = stats::table(self.vm.heap.stats(), mode, live);
        if off || leaks {
            let title = if off {
                "leaked objects"
            } else {
                "objects live at exit"
            };
            out.push_str(&stats::leak_sites(title, &sites, &self.sources));
        }
        out
    }

    /// The reclamation table so far, mid-session (the REPL's `:stats`).
    pub fn stats_now(&self) -> String {
        use crate::report::stats::{table, Live};
        table(self.vm.heap.stats(), self.vm.heap.config().mode, Live::Now)
    }

    /// Writes the recorded timeline (`--heap-timeline`).
    pub fn write_timeline(&mut self, path: &std::path::Path) -> Result<(), String> {
        let Some(timeline) = self.vm.heap.timeline_finished() else {
            return Ok(());
        };
        let clock = crate::report::timeline::clock_name(timeline.is_virtual());
        let series = crate::report::timeline::Series {
            label: "live heap".into(),
            points: timeline.downsampled(crate::report::timeline::MAX_POINTS),
        };
        let limit = self.vm.heap.config().limit.map(|l| l as u64);
        crate::report::timeline::write(path, &[series], limit, clock)
    }

    pub fn report(&self, error: &RuntimeError, err: &mut dyn WriteColor) {
        diagnostics::runtime_error(&self.sources, error, err);
    }

    /// Registers the source and compiles it; yields its file index either way.
    pub fn compile(
        &mut self,
        name: &str,
        bytes: Vec<u8>,
    ) -> (u32, Result<crate::bytecode::Proto, Vec<CompileError>>) {
        let (text, encoding_error) = match String::from_utf8(bytes) {
            Ok(text) => (text, None),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let error = CompileError::new(
                    "source is not valid UTF-8",
                    Span::new(at, at + 1),
                    "invalid byte here",
                );
                (text, Some(error))
            }
        };
        if text.len() > MAX_SOURCE_BYTES {
            let file = self.sources.add(name, String::new());
            let error = CompileError::new(
                format!(
                    "source is too large ({} bytes; the limit is 4 GiB)",
                    text.len()
                ),
                Span::default(),
                "",
            );
            return (file, Err(vec![error]));
        }
        let result = match encoding_error {
            Some(error) => Err(vec![error]),
            None => match syntax::parse_program(&text) {
                Ok(program) => compiler::compile(&program),
                // Compile what was recovered too, to report every error at once.
                Err(failed) => {
                    let mut errors = failed.errors;
                    if let Some(Err(more)) =
                        failed.recovered.map(|p| compiler::compile_recovered(&p))
                    {
                        errors.extend(more);
                        errors.sort_by_key(|e| e.span.start);
                    }
                    Err(errors)
                }
            },
        };
        let file = self.sources.add(name, text);
        (file, result)
    }
}
