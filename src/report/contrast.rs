//! `--contrast`: the same program run once per reclamation strategy, with the
//! user's other settings, side by side — what each strategy costs on this
//! program (the leak, the dangling reference, the pauses, the peak); and
//! `--contrast=collectors`: once per collector (the pauses, the time spent
//! collecting, the peak).

use crate::driver::Session;
use crate::heap::timeline::Point;
use crate::heap::{Collector, GcMode};
use crate::units::{bytes, count, duration};
use crate::vm::VmConfig;
use codespan_reporting::term::termcolor::NoColor;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

/// One run of the program.
pub struct Run {
    pub strategy: &'static str,
    /// `None` when the program finished; otherwise its error, in a few words.
    pub error: Option<String>,
    pub wall: Duration,
    pub peak: u64,
    /// Live at exit but unreachable: what no strategy reclaimed.
    pub leaked: u64,
    pub freed: u64,
    pub expired: u64,
    pub collected: u64,
    pub collections: u64,
    pub max_pause: Duration,
    pub p99_pause: Duration,
    /// Time spent in the collector (all pauses).
    pub gc_time: Duration,
    /// Bytes the collector scanned.
    pub marked: u64,
    pub timeline: Vec<Point>,
}

impl Run {
    /// `ok`, or the error in a few words.
    fn outcome(&self) -> String {
        self.error
            .as_ref()
            .map_or("ok".into(), |e| format!("error: {e}"))
    }

    /// A pause figure, or `-` for a run that never collected.
    fn pause(&self, pause: Duration) -> String {
        match self.collections {
            0 => "-".into(),
            _ => duration(pause),
        }
    }
}

/// What `--contrast` compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contrast {
    /// Manual, timed, collected, all three.
    Strategies,
    /// Stop-the-world, incremental, generational.
    Collectors,
}

/// The three collectors as settings over the user's `base` (collecting even
/// if `base` says `--gc off`; stressed if it says so).
pub fn collectors(base: &VmConfig) -> Vec<(&'static str, VmConfig)> {
    Collector::ALL
        .into_iter()
        .map(|collector| {
            let mut config = base.clone();
            config.heap.collector = collector;
            if config.heap.mode == GcMode::Off {
                config.heap.mode = GcMode::On;
            }
            (collector.name(), config)
        })
        .collect()
}

/// The four strategies as settings over the user's `base`.
pub fn strategies(base: &VmConfig) -> Vec<(&'static str, VmConfig)> {
    let collector = match base.heap.mode {
        GcMode::Off => GcMode::On,
        mode => mode,
    };
    let with = |mode: GcMode, ignore_free: bool, ignore_ttl: bool| {
        let mut config = base.clone();
        config.heap.mode = mode;
        config.ignore_free = ignore_free;
        config.ignore_ttl = ignore_ttl;
        config
    };
    vec![
        ("manual only", with(GcMode::Off, false, true)),
        ("timed only", with(GcMode::Off, true, false)),
        ("collected only", with(collector, true, true)),
        ("all three", with(collector, false, false)),
    ]
}

/// Runs the program once per strategy or collector. Its own output is
/// discarded; only the figures are kept.
pub fn run_all(name: &str, source: &[u8], base: &VmConfig, what: Contrast) -> Vec<Run> {
    // Every run must see the same input to be comparable: read stdin once
    // and replay it (a terminal is left to each run, as it cannot be replayed).
    use std::io::{IsTerminal, Read};
    let mut input = None;
    if !std::io::stdin().is_terminal() {
        let mut bytes = Vec::new();
        // Unreadable stdin reads as empty, as `input()` at end of input.
        let _ = std::io::stdin().read_to_end(&mut bytes);
        input = Some(bytes);
    }
    let settings = match what {
        Contrast::Strategies => strategies(base),
        Contrast::Collectors => collectors(base),
    };
    settings
        .into_iter()
        .map(|(strategy, config)| {
            let mut session = Session::new(config, Box::new(std::io::sink()));
            if let Some(bytes) = &input {
                session.vm.set_input(bytes.clone());
            }
            let mut errors = NoColor::new(Vec::new());
            let started = Instant::now();
            let outcome = session.run(name, source.to_vec(), &mut errors);
            let wall = started.elapsed();
            use crate::driver::Outcome;
            let error = (!matches!(outcome, Outcome::Ok | Outcome::Exited(0)))
                .then(|| few_words(&String::from_utf8_lossy(errors.get_ref())));
            let leaked = session
                .vm
                .unreachable_by_site()
                .iter()
                .map(|s| s.bytes)
                .sum();
            let stats = session.vm.heap.stats();
            Run {
                strategy,
                error,
                wall,
                peak: stats.peak_bytes,
                leaked,
                freed: stats.freed.objects,
                expired: stats.expired.objects,
                collected: stats.collected.objects,
                collections: stats.collections,
                max_pause: stats.pause_max,
                p99_pause: stats.pause_p99(),
                gc_time: stats.pause_total,
                marked: stats.marked_bytes,
                timeline: session
                    .vm
                    .heap
                    .timeline_finished()
                    .map(|t| t.downsampled(super::timeline::MAX_POINTS))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The first line of an error report, without the `error: ` and the sites in
/// parentheses: `out of memory: heap limit 3.0 MiB reached`.
fn few_words(report: &str) -> String {
    let first = report.lines().next().unwrap_or("error");
    let message = first.strip_prefix("error: ").unwrap_or(first);
    let short = message.split(" (").next().unwrap_or(message);
    if short.chars().count() > 48 {
        let cut: String = short.chars().take(47).collect();
        format!("{cut}…")
    } else {
        short.to_string()
    }
}

/// One aligned table, a row per strategy or collector.
pub fn table(runs: &[Run], what: Contrast) -> String {
    match what {
        Contrast::Strategies => strategies_table(runs),
        Contrast::Collectors => collectors_table(runs),
    }
}

/// One row per strategy: what each reclaimed, leaked and cost.
fn strategies_table(runs: &[Run]) -> String {
    let headers = [
        "strategy",
        "outcome",
        "wall",
        "peak heap",
        "leaked",
        "freed",
        "expired",
        "collected",
        "GCs",
        "max pause",
    ];
    let rows: Vec<[String; 10]> = runs
        .iter()
        .map(|r| {
            [
                r.strategy.to_string(),
                r.outcome(),
                duration(r.wall),
                bytes(r.peak),
                bytes(r.leaked),
                count(r.freed),
                count(r.expired),
                count(r.collected),
                count(r.collections),
                r.pause(r.max_pause),
            ]
        })
        .collect();
    aligned(&headers, &rows, 2)
}

/// One row per collector: what collecting cost, and how it was spread.
fn collectors_table(runs: &[Run]) -> String {
    let headers = [
        "collector",
        "outcome",
        "wall",
        "GC time",
        "max pause",
        "p99 pause",
        "cycles",
        "marked",
        "peak heap",
    ];
    let rows: Vec<[String; 9]> = runs
        .iter()
        .map(|r| {
            [
                r.strategy.to_string(),
                r.outcome(),
                duration(r.wall),
                duration(r.gc_time),
                r.pause(r.max_pause),
                r.pause(r.p99_pause),
                count(r.collections),
                bytes(r.marked),
                bytes(r.peak),
            ]
        })
        .collect();
    aligned(&headers, &rows, 2)
}

/// Columns padded to their widest cell: the first `text` columns aligned
/// left, figures right.
fn aligned<const N: usize>(headers: &[&str; N], rows: &[[String; N]], text: usize) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: Vec<&str>| {
        for (i, (cell, w)) in cells.iter().zip(&widths).enumerate() {
            let pad = w - cell.chars().count();
            if i < text {
                let _ = write!(out, "{cell}{}", " ".repeat(pad));
            } else {
                let _ = write!(out, "{}{cell}", " ".repeat(pad));
            }
            if i + 1 < cells.len() {
                out.push_str("  ");
            }
        }
        out.push('\n');
    };
    line(headers.to_vec());
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
    out
}
