//! `--stats`, `--gc-trace`, `heap_stats()`, the leak report, `--heap-timeline`
//! and `--contrast`, with exact figures on small programs under the virtual
//! clock.

use assert_cmd::Command;

fn minilang() -> Command {
    let mut cmd = Command::cargo_bin("minilang").expect("binary is built");
    for var in [
        "MINILANG_GC",
        "MINILANG_HEAP_LIMIT",
        "MINILANG_CLOCK",
        "MINILANG_STATS",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = minilang().args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A fresh scratch folder for one test's output files.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("minilang-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The objects column of a row of the stats table.
fn objects(table: &str, label: &str) -> u64 {
    let line = table
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no `{label}` row in\n{table}"));
    line[label.len()..]
        .split_whitespace()
        .next()
        .expect("a count")
        .replace(',', "")
        .parse()
        .expect("a number")
}

const FREES_AND_EXPIRIES: &str = "
var keep = [];
for (var i = 0; i < 10; i = i + 1) free([i]);
for (var i = 0; i < 7; i = i + 1) push(keep, [i] @ttl(1s));
sleep(2);
";

#[test]
fn stats_count_each_way_of_reclaiming_exactly() {
    let (code, _, err) = run(&["--stats", "--clock", "virtual", "-e", FREES_AND_EXPIRIES]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(objects(&err, "reclaimed manually"), 10);
    assert_eq!(objects(&err, "reclaimed timed"), 7);
    let allocated = objects(&err, "allocated");
    let live = objects(&err, "live at exit");
    let collected = objects(&err, "reclaimed collected");
    assert_eq!(allocated, live + 10 + 7 + collected, "{err}");
    for row in ["allocated", "peak heap", "(free)", "(@ttl)", "(gc: "] {
        assert!(err.contains(row), "{row} in\n{err}");
    }
    assert!(err
        .lines()
        .next()
        .unwrap()
        .trim_start()
        .starts_with("objects"));
}

#[test]
fn stats_with_the_collector_off_report_leaks_by_site() {
    let source = "var keep = [];\nfor (var i = 0; i < 1000; i = i + 1) { [i, i]; }\n";
    let (code, _, err) = run(&["--stats", "--gc", "off", "-e", source]);
    assert_eq!(code, 0);
    assert!(err.contains("reclaimed collected        0"), "{err}");
    assert!(err.contains("(gc: off)"), "{err}");
    assert!(objects(&err, "leaked") >= 1001, "{err}");
    assert!(err.contains("leaked objects by allocation site"), "{err}");
    let site = err
        .lines()
        .find(|l| l.contains("<-e>:2"))
        .expect("the loop's line");
    assert!(site.contains("list") && site.contains("1,000"), "{site}");
}

#[test]
fn leaks_flag_lists_live_objects_with_the_collector_on() {
    let (_, _, err) = run(&["--stats", "--leaks", "-e", "var keep = [[1], [2]];"]);
    assert!(
        err.contains("objects live at exit by allocation site"),
        "{err}"
    );
}

#[test]
fn stats_are_reported_after_a_runtime_error_and_out_of_memory() {
    let (code, _, err) = run(&["--stats", "-e", "var x = [1]; free(x); print x;"]);
    assert_eq!(code, 70);
    assert!(
        err.contains("use of freed list") && err.contains("reclaimed manually"),
        "{err}"
    );
    let (code, _, err) = run(&[
        "--stats",
        "--heap-limit",
        "256KB",
        "-e",
        "var s = \"x\"; while (true) s = s + s;",
    ]);
    assert_eq!(code, 70);
    assert!(
        err.contains("out of memory") && err.contains("peak heap"),
        "{err}"
    );
}

#[test]
fn gc_trace_prints_one_line_per_collection() {
    let (code, _, err) = run(&["--gc-trace", "-e", "gc(); [1]; gc(); gc();"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 3, "{err}");
    for (i, line) in lines.iter().enumerate() {
        assert!(line.starts_with(&format!("gc {} @", i + 1)), "{line}");
        assert!(line.contains(" -> ") && line.contains("pause") && line.contains("next at"));
    }
    assert!(lines[1].contains("1 objects reclaimed"), "{}", lines[1]);
}

#[test]
fn heap_stats_gives_the_same_figures_as_a_map() {
    let source = "
for (var i = 0; i < 10; i = i + 1) free([i]);
var x = [1] @ttl(1s);
sleep(2);
var s = heap_stats();
print s[\"reclaimed_manually_objects\"];
print s[\"reclaimed_timed_objects\"];
print s[\"allocated_objects\"] == s[\"live_objects\"] + s[\"reclaimed_manually_objects\"]
  + s[\"reclaimed_timed_objects\"] + s[\"reclaimed_collected_objects\"];
print has(s, \"peak_bytes\") and has(s, \"pause_p99_ms\") and has(s, \"collections\");
";
    let (code, out, err) = run(&["--clock", "virtual", "-e", source]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "10\n1\ntrue\ntrue\n");
}

#[test]
fn timeline_csv_parses() {
    let dir = scratch("csv");
    let path = dir.join("heap.csv");
    let source = "var keep = []; for (var i = 0; i < 20000; i = i + 1) push(keep, [i]); \
                  free(keep[0]); keep = nil; gc();";
    let (code, _, err) = run(&["--heap-timeline", path.to_str().unwrap(), "-e", source]);
    assert_eq!(code, 0, "{err}");
    let csv = std::fs::read_to_string(&path).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("run,time_s,live_bytes,event"));
    let mut events = Vec::new();
    let mut rows = 0;
    for line in lines {
        let fields: Vec<&str> = line.split(',').collect();
        assert_eq!(fields.len(), 4, "{line}");
        fields[1].parse::<f64>().expect("a time");
        fields[2].parse::<u64>().expect("a size");
        events.push(fields[3].to_string());
        rows += 1;
    }
    assert!(rows > 10 && rows <= 2000, "{rows} rows");
    for event in ["alloc", "gc", "free"] {
        assert!(events.iter().any(|e| e == event), "{event} in {events:?}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn timeline_svg_is_well_formed_with_the_expected_series() {
    let dir = scratch("svg");
    let path = dir.join("contrast.svg");
    let (code, out, err) = run(&[
        "--contrast",
        "--heap-limit",
        "3MB",
        "--clock",
        "virtual",
        "--heap-timeline",
        path.to_str().unwrap(),
        "examples/memory/three_mb_machine.ml",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("manual only"), "{out}");
    let svg = std::fs::read_to_string(&path).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
    assert_eq!(doc.root_element().tag_name().name(), "svg");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text().map(|t| t.trim().to_string()))
        .collect();
    for label in [
        "manual only",
        "timed only",
        "collected only",
        "all three",
        "heap limit (3.0 MiB)",
        // The program's clock, not the wall's.
        "time (s, virtual clock)",
        "live heap (KiB)",
    ] {
        assert!(texts.iter().any(|t| t == label), "{label} in {texts:?}");
    }
    let curves = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .count();
    assert!(curves >= 5, "four curves and the limit line, got {curves}");
    // No two tick labels of the time axis alike.
    let ticks: Vec<&String> = texts.iter().filter(|t| t.parse::<f64>().is_ok()).collect();
    let mut unique = ticks.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(ticks.len(), unique.len(), "{ticks:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn contrast_shows_what_each_strategy_costs() {
    let (code, out, err) = run(&[
        "--contrast",
        "--heap-limit",
        "3MB",
        "--clock",
        "virtual",
        "examples/memory/three_mb_machine.ml",
    ]);
    assert_eq!(code, 0, "{err}");
    let row = |name: &str| {
        out.lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} row in\n{out}"))
            .to_string()
    };
    assert!(out.lines().next().unwrap().starts_with("strategy"));
    assert!(row("manual only").contains("error: out of memory"), "{out}");
    assert!(row("timed only").contains(" ok "), "{out}");
    assert!(row("collected only").contains(" ok "), "{out}");
    assert!(row("all three").contains(" ok "), "{out}");
    // The program's own output is not mixed into the table.
    assert!(!out.contains("task 1"), "{out}");
}

#[test]
fn contrast_of_a_dangling_reference_still_runs_every_strategy() {
    let (code, out, _) = run(&["--contrast", "examples/memory/dangling.ml"]);
    assert_eq!(code, 0);
    assert!(out
        .lines()
        .find(|l| l.starts_with("manual only"))
        .unwrap()
        .contains("use of freed list"));
    assert!(out
        .lines()
        .find(|l| l.starts_with("collected only"))
        .unwrap()
        .contains(" ok "));
    assert_eq!(out.lines().count(), 5, "{out}");
}

#[test]
fn timeline_needs_a_known_extension() {
    let (code, _, err) = run(&["--heap-timeline", "out.png", "-e", ""]);
    assert_eq!(code, 64);
    assert!(err.contains(".svg") && err.contains(".csv"), "{err}");
}

#[test]
fn contrast_gives_every_run_the_same_input() {
    let dir = scratch("contrast-input");
    let script = dir.join("lines.ml");
    std::fs::write(
        &script,
        "var n = 0;\nwhile (input() != nil) n = n + 1;\nif (n != 3) nil + n;\n",
    )
    .unwrap();
    let out = minilang()
        .arg("--contrast")
        .arg(&script)
        .write_stdin("a\nb\nc\n")
        .output()
        .expect("runs");
    let table = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    // A run that saw fewer than three lines would fail with `nil + n`.
    for row in ["manual only", "timed only", "collected only", "all three"] {
        let line = table.lines().find(|l| l.starts_with(row)).unwrap();
        assert!(
            line.contains(" ok "),
            "{row} did not see the input:\n{table}"
        );
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn leaks_alone_implies_stats() {
    let (code, _, err) = run(&["--leaks", "-e", "var keep = [1, 2, 3];"]);
    assert_eq!(code, 0);
    assert!(err.contains("allocated"), "the table: {err}");
    assert!(err.contains("objects live at exit"), "the sites: {err}");
}

/// The objects column of every site line of a leak report.
fn site_objects(report: &str) -> u64 {
    report
        .lines()
        .skip_while(|l| !l.contains("by allocation site"))
        .skip(1)
        .take_while(|l| l.starts_with("  ") && !l.contains("more sites"))
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            // ... count, number, unit
            words[words.len() - 3]
                .replace(',', "")
                .parse::<u64>()
                .unwrap()
        })
        .sum()
}

#[test]
fn every_leaked_object_is_attributed_to_a_site() {
    for source in [
        // Closures and the variables they capture.
        "fun mk() { var k = 0; fun f() { return k; } return f; }\nfor (var i = 0; i < 1000; i = i + 1) mk()();",
        // Bound methods.
        "class A { m() {} }\nvar a = A();\nfor (var i = 0; i < 1000; i = i + 1) a.m;",
        // Lists, maps, strings and instances.
        "class P {}\nfor (var i = 0; i < 300; i = i + 1) { var l = [i]; var m = {\"k\": l}; var s = str(i); var p = P(); }",
    ] {
        let (code, _, err) = run(&["--stats", "--gc", "off", "-e", source]);
        assert_eq!(code, 0, "{err}");
        let leaked = objects(&err, "leaked");
        assert!(leaked >= 1000, "{err}");
        assert_eq!(site_objects(&err), leaked, "the sites add up to the leak:\n{err}");
    }
}

#[test]
fn the_runtimes_own_objects_are_not_the_programs_leak() {
    let (code, _, err) = run(&["--stats", "--gc", "off", "examples/memory/leak_fixed.ml"]);
    assert_eq!(code, 0, "{err}");
    // Only the two functions the program declares; the natives and names are
    // counted apart.
    assert_eq!(objects(&err, "leaked"), 2, "{err}");
    assert!(objects(&err, "runtime and code") >= 17, "{err}");
    assert_eq!(site_objects(&err), 2, "{err}");
}

/// The rows of a `--heap-timeline` CSV: (time, live bytes, event).
fn timeline_rows(csv: &str) -> Vec<(f64, u64, String)> {
    csv.lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
                f[3].to_string(),
            )
        })
        .collect()
}

#[test]
fn timeline_keeps_growth_the_peak_and_the_end() {
    let dir = scratch("timeline-peak");
    let csv = dir.join("t.csv");
    let program = "var l = []; for (var i = 0; i < 500000; i = i + 1) push(l, i); l = nil; gc();";
    let (code, _, err) = run(&["--heap-timeline", csv.to_str().unwrap(), "-e", program]);
    assert_eq!(code, 0, "{err}");
    let rows = timeline_rows(&std::fs::read_to_string(&csv).unwrap());
    // The list's storage alone passes 4 MB (524,288 slots of 8 bytes).
    let peak = rows.iter().map(|r| r.1).max().unwrap();
    assert!(peak > 4_000_000, "peak point {peak}");
    let last = rows.last().unwrap();
    assert_eq!(last.2, "end");
    assert!(
        last.1 < 100_000,
        "the end is after the collection: {last:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn timeline_of_a_run_that_dies_of_the_limit_reaches_the_limit() {
    let dir = scratch("timeline-oom");
    let csv = dir.join("t.csv");
    let (code, _, _) = run(&[
        "--heap-limit",
        "3MB",
        "--clock",
        "virtual",
        "--gc",
        "off",
        "--ignore-ttl",
        "--heap-timeline",
        csv.to_str().unwrap(),
        "examples/memory/three_mb_machine.ml",
    ]);
    assert_eq!(code, 70);
    let rows = timeline_rows(&std::fs::read_to_string(&csv).unwrap());
    let oom = rows
        .iter()
        .find(|r| r.2 == "out of memory")
        .expect("an out-of-memory point");
    assert!(oom.1 > 3 * 1024 * 1024, "{oom:?}");
    // On the virtual clock: the first task sleeps 1.5 s before the second.
    assert_eq!(oom.0, 1.5, "{oom:?}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_unwritable_timeline_is_reported_before_the_program_runs() {
    let (code, out, err) = run(&[
        "--heap-timeline",
        "/no/such/folder/t.svg",
        "-e",
        "print \"ran\";",
    ]);
    assert_eq!(code, 64, "{err}");
    assert!(out.is_empty(), "the program must not run: {out}");
    assert!(err.contains("/no/such/folder/t.svg"), "{err}");
}

/// A program that keeps about 1.5 MiB live and makes 8 MiB of garbage, so
/// every collector runs several cycles.
const CHURN_WITH_LIVE: &str =
    "var keep = []; for (var i = 0; i < 20000; i = i + 1) push(keep, [i]); \
     for (var i = 0; i < 100000; i = i + 1) [i, i]; print len(keep);";

#[test]
fn gc_trace_shows_incremental_steps_and_generational_kinds() {
    let (code, out, err) = run(&["--gc", "incremental", "--gc-trace", "-e", CHURN_WITH_LIVE]);
    assert_eq!((code, out.as_str()), (0, "20000\n"), "{err}");
    assert!(!err.is_empty());
    for line in err.lines() {
        assert!(
            line.contains(" steps (longest ") && line.contains("work "),
            "{line}"
        );
    }
    let (code, out, err) = run(&["--gc", "generational", "--gc-trace", "-e", CHURN_WITH_LIVE]);
    assert_eq!((code, out.as_str()), (0, "20000\n"), "{err}");
    assert!(err.lines().any(|l| l.contains(" minor @")), "{err}");
    assert!(err.lines().any(|l| l.contains(" major @")), "{err}");
    assert!(err.lines().all(|l| l.contains("marked ")), "{err}");
}

#[test]
fn contrast_of_collectors_runs_each_once() {
    let (code, out, err) = run(&["--contrast=collectors", "-e", CHURN_WITH_LIVE]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 4, "{out}");
    assert!(rows[0].starts_with("collector ") && rows[0].contains("p99 pause"));
    for (row, name) in rows[1..]
        .iter()
        .zip(["stop-the-world", "incremental", "generational"])
    {
        assert!(row.starts_with(name) && row.contains(" ok "), "{row}");
    }
    // The program's own output is not shown, and `--contrast` alone is
    // still the strategies.
    let (_, out, _) = run(&["--contrast", "-e", CHURN_WITH_LIVE]);
    assert!(out.starts_with("strategy "), "{out}");
}

#[test]
fn stats_show_the_generational_collector_marking_less() {
    let marked = |gc: &str| {
        let (code, _, err) = run(&["--gc", gc, "--stats", "-e", CHURN_WITH_LIVE]);
        assert_eq!(code, 0, "{err}");
        let at = err.find("marked ").expect("marked") + "marked ".len();
        let figure: String = err[at..].split(',').next().unwrap().to_string();
        let (number, unit) = figure.split_once(' ').expect("a size");
        let scale = match unit {
            "B" => 1.0,
            "KiB" => 1024.0,
            "MiB" => 1024.0 * 1024.0,
            _ => panic!("{figure}"),
        };
        number.parse::<f64>().expect("a number") * scale
    };
    let (generational, full) = (marked("generational"), marked("stop-the-world"));
    assert!(generational < full, "{generational} !< {full}");
}
