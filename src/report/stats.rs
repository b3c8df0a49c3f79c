//! The reclamation table of `--stats` (README, "Seeing what each strategy costs") and the leak report.

use crate::diagnostics::Sources;
use crate::heap::{Counts, GcMode, Kind, Site, SiteCount, Stats};
use crate::units::{bytes, count, duration};
use std::fmt::Write;

/// What the table's last rows call the objects still live.
#[derive(Debug, Clone, Copy)]
pub enum Live {
    /// Mid-session (the REPL's `:stats`): neither at exit nor leaked yet.
    Now,
    /// At exit with a collector: "live at exit".
    AtExit,
    /// At exit with the collector off: `program` (the program's own data, see
    /// [`is_program_data`]) is the leak; the rest — natives, global names,
    /// the code's constants — is the runtime's and code's.
    Leaked { program: Counts },
}

/// How many allocation sites the leak report lists.
pub const TOP_SITES: usize = 10;

/// The table, one row per way of reclaiming:
///
/// ```text
///                      objects        bytes
/// allocated             99,512      6.2 MiB
/// reclaimed manually     1,000     64.0 KiB   (free)
/// ...
/// ```
/// `live` says how the last rows name what is still live.
pub fn table(stats: &Stats, mode: GcMode, live: Live) -> String {
    let mut out = String::new();
    // The objects column widens for counts past 9,999,999 (the allocated row is
    // always the largest).
    let w = (count(stats.allocated.objects).len() + 2).max(9);
    let row = |out: &mut String, label: &str, objects: u64, b: u64, note: &str| {
        let _ = write!(out, "{label:<19}{:>w$}{:>13}", count(objects), bytes(b));
        if !note.is_empty() {
            let _ = write!(out, "   ({note})");
        }
        out.push('\n');
    };
    let _ = writeln!(out, "{:<19}{:>w$}{:>13}", "", "objects", "bytes");
    row(
        &mut out,
        "allocated",
        stats.allocated.objects,
        stats.allocated.bytes,
        "",
    );
    row(
        &mut out,
        "reclaimed manually",
        stats.freed.objects,
        stats.freed.bytes,
        "free",
    );
    row(
        &mut out,
        "reclaimed timed",
        stats.expired.objects,
        stats.expired.bytes,
        "@ttl",
    );
    let gc = if mode == GcMode::Off {
        "gc: off".to_string()
    } else {
        // Minor cycles (generational) and steps (incremental) when there
        // are any: how the work was cut up.
        let mut cycles = format!(
            "{} cycle{}",
            count(stats.collections),
            if stats.collections == 1 { "" } else { "s" }
        );
        if stats.minor_collections > 0 {
            cycles += &format!(" ({} minor)", count(stats.minor_collections));
        }
        if stats.steps > stats.collections {
            cycles += &format!(" in {} steps", count(stats.steps));
        }
        format!(
            "gc: {cycles}, marked {}, pause total {}, max {}, p99 {}",
            bytes(stats.marked_bytes),
            duration(stats.pause_total),
            duration(stats.pause_max),
            duration(stats.pause_p99())
        )
    };
    row(
        &mut out,
        "reclaimed collected",
        stats.collected.objects,
        stats.collected.bytes,
        &gc,
    );
    match live {
        Live::Leaked { program } => {
            row(&mut out, "leaked", program.objects, program.bytes, "");
            row(
                &mut out,
                "runtime and code",
                stats.live.objects - program.objects,
                stats.live.bytes - program.bytes,
                "natives, names, constants",
            );
        }
        Live::Now => row(
            &mut out,
            "live now",
            stats.live.objects,
            stats.live.bytes,
            "",
        ),
        Live::AtExit => row(
            &mut out,
            "live at exit",
            stats.live.objects,
            stats.live.bytes,
            "",
        ),
    }
    let _ = writeln!(
        out,
        "{:<19}{:>w$}{:>13}",
        "peak heap",
        "",
        bytes(stats.peak_bytes)
    );
    out
}

/// Whether objects made at this site are the program's data — what a leak
/// report is about: everything it made while running (strings, lists, maps,
/// instances, closures, captured variables, bound methods, classes), not the
/// runtime's natives and names (loaded code is not on the heap at all).
pub fn is_program_data(s: &SiteCount) -> bool {
    s.kind != Kind::Native && s.site != Site::RUNTIME
}

/// The live objects and bytes that are the program's data (see
/// [`is_program_data`]), out of `sites` from `Heap::live_by_site`.
pub fn program_data(sites: &[SiteCount]) -> Counts {
    sites
        .iter()
        .filter(|s| is_program_data(s))
        .fold(Counts::default(), |c, s| Counts {
            objects: c.objects + s.objects,
            bytes: c.bytes + s.bytes,
        })
}

/// The top allocation sites of `sites` (already largest first), merged by
/// source line, like a leak checker's summary:
///
/// ```text
/// leaked objects by allocation site (top 10):
///   leak.ml:11   list        20,000    4.9 MiB
/// ```
pub fn leak_sites(title: &str, sites: &[SiteCount], sources: &Sources) -> String {
    let mut merged: Vec<(String, Kind, u64, u64)> = Vec::new();
    for s in sites.iter().filter(|s| is_program_data(s)) {
        let place = sources.line_of(s.site.file, s.site.offset);
        match merged
            .iter_mut()
            .find(|(p, k, _, _)| *p == place && *k == s.kind)
        {
            Some(entry) => {
                entry.2 += s.objects;
                entry.3 += s.bytes;
            }
            None => merged.push((place, s.kind, s.objects, s.bytes)),
        }
    }
    merged.sort_by_key(|m| std::cmp::Reverse(m.3));
    let mut out = String::new();
    if merged.is_empty() {
        return out;
    }
    let _ = writeln!(out, "{title} by allocation site (top {TOP_SITES}):");
    let width = merged
        .iter()
        .take(TOP_SITES)
        .map(|m| m.0.len())
        .max()
        .unwrap_or(0);
    let kind_width = merged
        .iter()
        .take(TOP_SITES)
        .map(|m| m.1.name().len())
        .max()
        .unwrap_or(0)
        .max(8);
    for (place, kind, objects, b) in merged.iter().take(TOP_SITES) {
        let _ = writeln!(
            out,
            "  {place:<width$}  {:<kind_width$}{:>10}{:>12}",
            kind.name(),
            count(*objects),
            bytes(*b)
        );
    }
    if merged.len() > TOP_SITES {
        let _ = writeln!(out, "  ... and {} more sites", merged.len() - TOP_SITES);
    }
    out
}
