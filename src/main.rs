//! The `minilang` command: parses the command line (README, `minilang --help`), picks the
//! program (a file, `-e`, or stdin), and runs it on a thread with a large stack,
//! mapping the outcome onto the exit codes.
#![forbid(unsafe_code)]

use clap::builder::BoolishValueParser;
use clap::{ArgAction, CommandFactory, Parser, ValueEnum};
use codespan_reporting::term::termcolor::{ColorChoice, StandardStream};
use minilang::diagnostics;
use minilang::driver::{Outcome, Session};
use minilang::heap::{Collector, GcMode, HeapConfig};
use minilang::report::contrast;
use minilang::vm::{ClockKind, VmConfig};
use std::ffi::OsString;
use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

const EXIT_USAGE: u8 = 64;
const EXIT_NO_INPUT: u8 = 66;
const EXIT_SOFTWARE: u8 = 70;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ContrastArg {
    /// Manual only, timed only, collected only, all three.
    Strategies,
    /// Stop-the-world, incremental, generational.
    Collectors,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum GcArg {
    /// The default collector (incremental).
    On,
    /// A whole mark and sweep when the heap has grown by --gc-growth since the
    /// last collection.
    StopTheWorld,
    /// The same cycles, marked and swept in bounded steps between which the
    /// program runs (paced by --gc-step-size and --gc-step-mul).
    Incremental,
    /// Minor cycles over the objects made since the last cycle; major cycles
    /// over everything when the old objects have grown by --gc-growth.
    Generational,
    /// Never collect; unreachable objects stay until exit.
    Off,
    /// Stop-the-world, collecting before every allocation (slow; shakes out
    /// missing roots). See also --gc-stress.
    Stress,
}

/// A garbage-collected Lox runtime for seeing how memory is reclaimed.
///
/// Runs FILE, or CODE given with -e, or the program on stdin; with no program
/// and a terminal on stdin, starts the interactive REPL. Everything after FILE
/// is passed to the script (see `args()`).
#[derive(Debug, Parser)]
#[command(
    name = "minilang",
    version,
    about,
    max_term_width = 100,
    args_override_self = true
)]
struct Cli {
    /// Script to run (any extension; .ml by convention).
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,

    /// Arguments for the script.
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,

    /// Run CODE instead of a file; FILE and ARGS then all go to the script.
    #[arg(short = 'e', value_name = "CODE")]
    eval: Option<String>,

    /// Run FILE, then open the REPL with its globals.
    #[arg(short = 'i')]
    interactive: bool,

    /// The garbage collector.
    #[arg(long, value_enum, default_value = "on", env = "MINILANG_GC")]
    gc: GcArg,

    /// Drive the chosen collector as hard as it can: a full cycle, an
    /// incremental step or a minor cycle before every allocation (slow; shakes
    /// out missing roots and write barriers).
    #[arg(long, env = "MINILANG_GC_STRESS", action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    gc_stress: bool,

    /// Incremental: a step runs after every SIZE bytes allocated (like
    /// `512KB`; 1KB to 1GB).
    #[arg(long, value_name = "SIZE", default_value = "16KB", env = "MINILANG_GC_STEP_SIZE",
          value_parser = parse_step_size)]
    gc_step_size: usize,

    /// Incremental: each step does N × its step size of marking or sweeping,
    /// counted in bytes plus a charge per object and reference (a number
    /// from 1 to 1000; like Lua's step multiplier).
    #[arg(long, value_name = "N", default_value = "32", env = "MINILANG_GC_STEP_MUL",
          value_parser = parse_step_mul)]
    gc_step_mul: f64,

    /// Collect again when the heap reaches F × the live size after the last
    /// collection (a number from 1.1 to 100; like Lua's pause).
    #[arg(long, value_name = "F", default_value = "2.0", env = "MINILANG_GC_GROWTH",
          value_parser = parse_growth)]
    gc_growth: f64,

    /// Live heap never exceeds SIZE: `512KB`, `3MB`, `1GB` (powers of 1024) or bytes.
    #[arg(long, value_name = "SIZE", env = "MINILANG_HEAP_LIMIT", value_parser = parse_size)]
    heap_limit: Option<usize>,

    /// `free` does nothing and returns nil (the collector must do the work).
    #[arg(long, env = "MINILANG_IGNORE_FREE", action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    ignore_free: bool,

    /// `@ttl` annotations have no effect.
    #[arg(long, env = "MINILANG_IGNORE_TTL", action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    ignore_ttl: bool,

    /// The clock of `clock()`, `sleep()` and `@ttl`: real, or virtual (starts at
    /// 0 and moves only by `sleep`, so expiry is exact and reproducible).
    #[arg(long, value_enum, default_value = "real", env = "MINILANG_CLOCK")]
    clock: ClockArg,

    /// Deepest call nesting before a "stack overflow" error (1 to 1000000).
    #[arg(long, value_name = "N", default_value = "10000", env = "MINILANG_MAX_DEPTH",
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    max_depth: u32,

    /// At exit, the reclamation table on stderr (with the leak report when the
    /// collector is off).
    #[arg(long, env = "MINILANG_STATS", action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    stats: bool,

    /// List what is live at exit by allocation site, even with the collector
    /// on (implies --stats).
    #[arg(long)]
    leaks: bool,

    /// One line per collection on stderr.
    #[arg(long, env = "MINILANG_GC_TRACE", action = ArgAction::SetTrue,
          value_parser = BoolishValueParser::new())]
    gc_trace: bool,

    /// Record live bytes over time with every collection, free and expiry, and
    /// write FILE: a chart (.svg) or the points (.csv).
    #[arg(long, value_name = "FILE", env = "MINILANG_HEAP_TIMELINE", value_parser = parse_timeline)]
    heap_timeline: Option<PathBuf>,

    /// Run FILE once per reclamation strategy (manual only, timed only,
    /// collected only, all three) and print one table comparing them; with
    /// `--contrast=collectors`, once per collector (stop-the-world,
    /// incremental, generational).
    #[arg(long, value_enum, value_name = "WHAT", num_args = 0..=1, require_equals = true,
          default_missing_value = "strategies")]
    contrast: Option<ContrastArg>,

    /// Stop the program after N steps, a step being a call or a loop iteration
    /// (for untrusted or runaway scripts; 1 to 10^18).
    #[arg(long, value_name = "N", env = "MINILANG_MAX_STEPS",
          value_parser = clap::value_parser!(u64).range(1..=1_000_000_000_000_000_000))]
    max_steps: Option<u64>,

    /// Seed `random()` and `random_int()` with N, so runs repeat exactly
    /// (without it they are seeded from the clock).
    #[arg(long, value_name = "N", env = "MINILANG_SEED")]
    seed: Option<u64>,

    /// Print the compiled bytecode instead of running the program.
    #[arg(long)]
    dump: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ClockArg {
    /// The monotonic wall clock.
    Real,
    /// Starts at 0 and moves only by `sleep`.
    Virtual,
}

/// `512KB`, `3MB`, `1GB` (KiB/MiB/GiB spellings too, any case) or plain bytes.
fn parse_size(text: &str) -> Result<usize, String> {
    let lower = text.trim().to_ascii_lowercase();
    let digits_end = lower
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(lower.len());
    let (number, unit) = lower.split_at(digits_end);
    let multiplier: f64 = match unit.trim() {
        "" | "b" => 1.0,
        "kb" | "kib" | "k" => 1024.0,
        "mb" | "mib" | "m" => 1024.0 * 1024.0,
        "gb" | "gib" | "g" => 1024.0 * 1024.0 * 1024.0,
        _ => f64::NAN,
    };
    match number.parse::<f64>() {
        Ok(n) if (n * multiplier).is_finite() && n * multiplier >= 1.0 => {
            Ok((n * multiplier).min(usize::MAX as f64) as usize)
        }
        _ => Err(format!(
            "`{text}` is not a size: use bytes or a number with KB, MB or GB, like 512KB or 3MB"
        )),
    }
}

fn parse_timeline(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    if minilang::report::timeline::supported(&path) {
        Ok(path)
    } else {
        Err(format!(
            "`{text}` must end in .svg (a chart) or .csv (the points)"
        ))
    }
}

fn parse_growth(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(f) if (1.1..=100.0).contains(&f) => Ok(f),
        _ => Err(format!("`{text}` is not a number from 1.1 to 100")),
    }
}

fn parse_step_size(text: &str) -> Result<usize, String> {
    match parse_size(text)? {
        n if (1 << 10..=1 << 30).contains(&n) => Ok(n),
        _ => Err(format!("`{text}` is not a size from 1KB to 1GB")),
    }
}

fn parse_step_mul(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(f) if (1.0..=1000.0).contains(&f) => Ok(f),
        _ => Err(format!("`{text}` is not a number from 1 to 1000")),
    }
}

/// Where the program text comes from.
enum Program {
    File(PathBuf),
    Code(String),
    Stdin,
    /// No program: the REPL on a terminal.
    Repl,
}

/// Splits the command line where the script's own arguments begin: after
/// FILE, after `-e CODE`, or after `--`. What follows belongs to the script
/// even when it looks like one of minilang's flags (`minilang s.ml --stats`
/// gives `--stats` to `args()`), as with `python s.py` and `lua s.lua`. Which
/// flags take a value is read from the clap definition, so the two agree.
fn split_script_args(argv: Vec<OsString>) -> (Vec<OsString>, Vec<String>) {
    let command = Cli::command();
    let takes_value = |arg: &str| -> bool {
        let found = if let Some(long) = arg.strip_prefix("--") {
            command.get_arguments().find(|a| a.get_long() == Some(long))
        } else {
            let short = arg.chars().nth(1);
            command.get_arguments().find(|a| a.get_short() == short)
        };
        // A flag whose value must be attached (`--contrast=collectors`)
        // never takes the next word.
        found.is_some_and(|a| a.get_action().takes_values() && !a.is_require_equals_set())
    };
    let mut ours = Vec::new();
    let mut rest = argv.into_iter();
    if let Some(program) = rest.next() {
        ours.push(program);
    }
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy().into_owned();
        if text == "--" {
            // The next one is FILE (unless -e gave the code), then the script's.
            ours.push(arg);
            if let Some(file) = rest.next() {
                ours.push(file);
            }
            break;
        }
        if text.len() > 1 && text.starts_with('-') {
            // `--flag=value` and `-eCODE` carry their value.
            let attached = text.contains('=') || (!text.starts_with("--") && text.len() > 2);
            let is_code = text == "-e" || (text.starts_with("-e") && !text.starts_with("--"));
            ours.push(arg);
            if !attached && takes_value(&text) {
                if let Some(value) = rest.next() {
                    ours.push(value);
                }
            }
            if is_code {
                break;
            }
            continue;
        }
        ours.push(arg);
        break;
    }
    let script = rest.map(|a| a.to_string_lossy().into_owned()).collect();
    (ours, script)
}

fn main() -> ExitCode {
    let (ours, script_args) = split_script_args(std::env::args_os().collect());
    let parsed = Cli::try_parse_from(ours).map(|mut cli| {
        cli.args.extend(script_args);
        cli
    });
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(EXIT_USAGE),
            };
        }
    };
    // Ctrl-C stops the running program with an "interrupted" error (its stack
    // trace, --stats and the timeline are still written; exit 130), and in the
    // REPL returns to the prompt. A second Ctrl-C, when the program did not
    // stop (blocked reading stdin), ends the process.
    let _ = ctrlc::set_handler(|| {
        if minilang::vm::interrupt() {
            std::process::exit(130);
        }
    });
    // Parsing and compiling recurse over the syntax tree (bounded by the nesting
    // limit); a large stack keeps even debug builds well clear of overflow.
    let worker = std::thread::Builder::new()
        .name("minilang".into())
        .stack_size(256 << 20)
        .spawn(move || run(cli));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            let mut err = StandardStream::stderr(ColorChoice::Auto);
            diagnostics::plain_error(
                "internal error: minilang crashed. This is a bug; please report it with the program that caused it.",
                &mut err,
            );
            ExitCode::from(EXIT_SOFTWARE)
        }
    }
}

fn run(cli: Cli) -> u8 {
    let mut err = StandardStream::stderr(if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    });
    let (program, args) = match (cli.eval, cli.file) {
        (Some(code), file) => {
            let mut args: Vec<String> = file.map(|f| f.display().to_string()).into_iter().collect();
            args.extend(cli.args);
            (Program::Code(code), args)
        }
        (None, Some(file)) => (Program::File(file), cli.args),
        (None, None) if !std::io::stdin().is_terminal() => (Program::Stdin, cli.args),
        (None, None) => (Program::Repl, cli.args),
    };
    if cli.interactive && !matches!(program, Program::File(_)) {
        diagnostics::plain_error("-i needs a FILE to run before the REPL", &mut err);
        return EXIT_USAGE;
    }
    let is_repl = matches!(program, Program::Repl);
    let (name, bytes) = match program {
        Program::Repl => (String::new(), Vec::new()),
        Program::Code(code) => ("<-e>".to_string(), code.into_bytes()),
        Program::File(path) => match std::fs::read(&path) {
            Ok(bytes) => (path.display().to_string(), bytes),
            Err(e) => {
                let message = format!("cannot read `{}`: {e}", path.display());
                diagnostics::plain_error(&message, &mut err);
                return EXIT_NO_INPUT;
            }
        },
        Program::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                let message = format!("cannot read the program from stdin: {e}");
                diagnostics::plain_error(&message, &mut err);
                return EXIT_NO_INPUT;
            }
            ("<stdin>".to_string(), bytes)
        }
    };
    let config = VmConfig {
        heap: HeapConfig {
            mode: match cli.gc {
                GcArg::Off => GcMode::Off,
                GcArg::Stress => GcMode::Stress,
                _ if cli.gc_stress => GcMode::Stress,
                _ => GcMode::On,
            },
            collector: match cli.gc {
                GcArg::StopTheWorld | GcArg::Stress => Collector::StopTheWorld,
                GcArg::Incremental => Collector::Incremental,
                GcArg::Generational => Collector::Generational,
                GcArg::On | GcArg::Off => HeapConfig::default().collector,
            },
            growth: cli.gc_growth,
            limit: cli.heap_limit,
            step_size: cli.gc_step_size,
            step_mul: cli.gc_step_mul,
        },
        clock: match cli.clock {
            ClockArg::Real => ClockKind::Real,
            ClockArg::Virtual => ClockKind::Virtual,
        },
        ignore_free: cli.ignore_free,
        ignore_ttl: cli.ignore_ttl,
        gc_trace: cli.gc_trace,
        timeline: cli.heap_timeline.is_some(),
        max_depth: cli.max_depth as usize,
        max_steps: cli.max_steps,
        args,
        seed: cli.seed,
        files: true,
    };
    if is_repl && cli.contrast.is_some() {
        diagnostics::plain_error("--contrast needs a FILE", &mut err);
        return EXIT_USAGE;
    }
    // An unwritable chart is a usage error before anything runs.
    if let Some(path) = &cli.heap_timeline {
        if let Err(message) = minilang::report::timeline::check_writable(path) {
            diagnostics::plain_error(&message, &mut err);
            return EXIT_USAGE;
        }
    }
    if let Some(what) = cli.contrast {
        // Every run must see the same random numbers to be comparable.
        let mut config = config;
        config.seed.get_or_insert_with(|| fastrand::u64(..));
        let what = match what {
            ContrastArg::Strategies => contrast::Contrast::Strategies,
            ContrastArg::Collectors => contrast::Contrast::Collectors,
        };
        return contrast(
            &name,
            &bytes,
            &config,
            what,
            cli.heap_timeline.as_deref(),
            &mut err,
        );
    }
    let stdout = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout());
    let mut session = Session::new(config, Box::new(stdout));
    if cli.dump {
        return match session.compile(&name, bytes) {
            (_, Ok(proto)) => {
                print!("{}", minilang::bytecode::disasm::disassemble(&proto));
                0
            }
            (file, Err(errors)) => {
                diagnostics::compile_errors(&session.sources, file, &errors, &mut err);
                Outcome::CompileError.exit_code() as u8
            }
        };
    }
    if is_repl {
        return minilang::repl::run(&mut session, &mut err);
    }
    let outcome = session.run(&name, bytes, &mut err);
    if cli.interactive && !matches!(outcome, Outcome::CompileError | Outcome::Exited(_)) {
        return minilang::repl::run(&mut session, &mut err);
    }
    // Reported after a runtime error or out of memory too: that is when the
    // figures matter most.
    if (cli.stats || cli.leaks) && outcome != Outcome::CompileError {
        eprint!("{}", session.stats_report(cli.leaks));
    }
    if let Some(path) = &cli.heap_timeline {
        if let Err(message) = session.write_timeline(path) {
            diagnostics::plain_error(&message, &mut err);
            return EXIT_SOFTWARE;
        }
    }
    outcome.exit_code() as u8
}

/// `--contrast`: the four strategies, or the three collectors, side by side.
fn contrast(
    name: &str,
    bytes: &[u8],
    config: &VmConfig,
    what: contrast::Contrast,
    timeline: Option<&std::path::Path>,
    err: &mut StandardStream,
) -> u8 {
    use minilang::report::timeline as chart;
    // A program that does not compile fails the same way under every strategy.
    let mut probe = Session::new(config.clone(), Box::new(std::io::sink()));
    if let (file, Err(errors)) = probe.compile(name, bytes.to_vec()) {
        diagnostics::compile_errors(&probe.sources, file, &errors, err);
        return Outcome::CompileError.exit_code() as u8;
    }
    let runs = contrast::run_all(name, bytes, config, what);
    print!("{}", contrast::table(&runs, what));
    if let Some(path) = timeline {
        let series: Vec<chart::Series> = runs
            .into_iter()
            .map(|run| chart::Series {
                label: run.strategy.to_string(),
                points: run.timeline,
            })
            .collect();
        let limit = config.heap.limit.map(|l| l as u64);
        let clock = chart::clock_name(config.clock == ClockKind::Virtual);
        if let Err(message) = chart::write(path, &series, limit, clock) {
            diagnostics::plain_error(&message, err);
            return EXIT_SOFTWARE;
        }
    }
    0
}
