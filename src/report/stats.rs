//! The reclamation table of `--stats` (README, "Seeing what each strategy costs") and the leak report.

use crate::diagnostics::Sources;
use crate::heap::{GcMode, Kind, SiteCount, Stats};
use crate::units::{bytes, count, duration};
use std::fmt::Write;

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
/// `at_exit` is false for a table asked for mid-session (the REPL's `:stats`),
/// where what is live is neither "live at exit" nor "leaked" yet.
pub fn table(stats: &Stats, mode: GcMode, at_exit: bool) -> String {
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
        format!(
            "gc: {} cycle{}, pause total {}, max {}, p99 {}",
            count(stats.collections),
            if stats.collections == 1 { "" } else { "s" },
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
    let live_label = match (at_exit, mode) {
        (false, _) => "live now",
        (true, GcMode::Off) => "leaked",
        (true, _) => "live at exit",
    };
    row(
        &mut out,
        live_label,
        stats.live.objects,
        stats.live.bytes,
        "",
    );
    let _ = writeln!(
        out,
        "{:<19}{:>w$}{:>13}",
        "peak heap",
        "",
        bytes(stats.peak_bytes)
    );
    out
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
    let program_data = |s: &&SiteCount| !s.kind.is_code() && s.site != crate::heap::Site::RUNTIME;
    for s in sites.iter().filter(program_data) {
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
    for (place, kind, objects, b) in merged.iter().take(TOP_SITES) {
        let _ = writeln!(
            out,
            "  {place:<width$}  {:<8}{:>10}{:>12}",
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
