//! Criterion benchmarks: the classic Lox programs and the GC stress programs of
//! `examples/bench/`, scaled down so `cargo bench` finishes in a few minutes on
//! two cores, plus allocation throughput and collection pauses at several
//! live-heap sizes, so the cost curve of the collector is visible.
//!
//! Every program runs through the library exactly as `minilang FILE` would,
//! with its output discarded.

use codespan_reporting::term::termcolor::NoColor;
use cpu_time::ThreadTime;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use minilang::driver::{Outcome, Session};
use minilang::heap::{Collector, GcMode};
use minilang::vm::VmConfig;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// A program's source with its size parameters replaced (`from` must occur).
fn scaled(source: &str, changes: &[(&str, &str)]) -> String {
    let mut out = source.to_string();
    for (from, to) in changes {
        assert!(out.contains(from), "`{from}` not in the program");
        out = out.replace(from, to);
    }
    out
}

fn run(source: &str, config: &VmConfig) {
    let mut session = Session::new(config.clone(), Box::new(std::io::sink()));
    let mut errors = NoColor::new(Vec::new());
    let outcome = session.run("bench.ml", source.as_bytes().to_vec(), &mut errors);
    assert_eq!(
        outcome,
        Outcome::Ok,
        "{}",
        String::from_utf8_lossy(errors.get_ref())
    );
}

macro_rules! program {
    ($name:literal) => {
        include_str!(concat!("../examples/bench/", $name, ".ml"))
    };
}

fn classic() -> Vec<(&'static str, String)> {
    vec![
        (
            "binary_trees",
            scaled(
                program!("binary_trees"),
                &[("var maxDepth = 14;", "var maxDepth = 10;")],
            ),
        ),
        (
            "equality",
            scaled(program!("equality"), &[("10000000", "200000")]),
        ),
        ("fib", scaled(program!("fib"), &[("fib(35)", "fib(24)")])),
        (
            "instantiation",
            scaled(program!("instantiation"), &[("500000", "10000")]),
        ),
        (
            "invocation",
            scaled(program!("invocation"), &[("500000", "10000")]),
        ),
        (
            "method_call",
            scaled(
                program!("method_call"),
                &[("var n = 100000;", "var n = 5000;")],
            ),
        ),
        (
            "properties",
            scaled(program!("properties"), &[("500000", "10000")]),
        ),
        (
            "string_equality",
            scaled(program!("string_equality"), &[("100000", "2000")]),
        ),
        (
            "trees",
            scaled(
                program!("trees"),
                &[("Tree(8)", "Tree(6)"), ("i < 100", "i < 10")],
            ),
        ),
        ("zoo", scaled(program!("zoo"), &[("10000000", "300000")])),
    ]
}

fn gc_stress() -> Vec<(&'static str, String)> {
    vec![
        (
            "alloc_churn",
            scaled(program!("alloc_churn"), &[("700000", "50000")]),
        ),
        (
            "long_lived_churn",
            scaled(
                program!("long_lived_churn"),
                &[("Node(18)", "Node(14)"), ("1000000", "50000")],
            ),
        ),
        (
            "linked_million",
            scaled(program!("linked_million"), &[("1000000", "100000")]),
        ),
        (
            "ttl_churn",
            scaled(program!("ttl_churn"), &[("300000", "30000")]),
        ),
        (
            "free_churn",
            scaled(program!("free_churn"), &[("500000", "50000")]),
        ),
        (
            "workload_gc",
            scaled(program!("workload_gc"), &[("200000", "20000")]),
        ),
        (
            "workload_free",
            scaled(program!("workload_free"), &[("200000", "20000")]),
        ),
        (
            "workload_ttl",
            scaled(program!("workload_ttl"), &[("200000", "20000")]),
        ),
    ]
}

fn programs(c: &mut Criterion) {
    let config = VmConfig::default();
    for (group_name, list) in [("classic", classic()), ("gc_stress", gc_stress())] {
        let mut group = c.benchmark_group(group_name);
        group.sample_size(10);
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(2));
        for (name, source) in &list {
            group.bench_function(*name, |b| b.iter(|| run(source, &config)));
        }
        group.finish();
    }
    // The same workload reclaimed three ways, with the collector off where it
    // is not needed.
    let mut group = c.benchmark_group("workload_three_ways");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(2));
    let off = VmConfig {
        heap: minilang::heap::HeapConfig {
            mode: GcMode::Off,
            ..Default::default()
        },
        ..VmConfig::default()
    };
    for (name, source) in gc_stress()
        .into_iter()
        .filter(|(n, _)| n.starts_with("workload"))
    {
        let config = if name == "workload_gc" { &config } else { &off };
        group.bench_function(name, |b| b.iter(|| run(&source, config)));
    }
    group.finish();
}

/// A session whose heap holds about `mib` MiB of small live lists, kept in
/// lists of 4,096 (one list of millions would be one object to scan: no
/// collector here divides the scan of one object).
fn live_heap(mib: usize, collector: Collector) -> Session {
    // A one-element list costs its slot and 8 bytes of storage, plus 8 bytes
    // in the list that keeps it.
    let count = mib * 1024 * 1024
        / (minilang::heap::SLOT_BYTES + 2 * std::mem::size_of::<minilang::heap::Value>());
    let source = format!(
        "var keep = [];
         for (var j = 0; j < {count} / 4096; j = j + 1) {{
           var chunk = [];
           for (var i = 0; i < 4096; i = i + 1) push(chunk, [i]);
           push(keep, chunk);
         }}"
    );
    let mut config = VmConfig::default();
    config.heap.collector = collector;
    let mut session = Session::new(config, Box::new(std::io::sink()));
    let mut errors = NoColor::new(Vec::new());
    assert_eq!(
        session.run("heap.ml", source.into_bytes(), &mut errors),
        Outcome::Ok
    );
    session
}

fn collector(c: &mut Criterion) {
    let mut group = c.benchmark_group("collector");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(3));
    // Allocation throughput: 100,000 short-lived objects per iteration.
    let churn = "for (var i = 0; i < 100000; i = i + 1) [i];";
    let config = VmConfig::default();
    group.bench_function("allocate_100k", |b| b.iter(|| run(churn, &config)));
    // The pause of a full collection, by live-heap size.
    for mib in [1usize, 16, 64] {
        let mut session = live_heap(mib, Collector::StopTheWorld);
        let live = session.vm.heap.stats().live.bytes;
        eprintln!(
            "full_collection/{mib}MiB: {} live",
            minilang::units::bytes(live)
        );
        group.bench_with_input(
            BenchmarkId::new("full_collection", format!("{mib}MiB")),
            &live,
            |b, _| b.iter(|| session.vm.collect_garbage(None)),
        );
    }
    group.finish();
}

/// The incremental collector's pause: one step (marking, the atomic finish,
/// or sweeping: the steps cycle through whole collections) over a live heap
/// of 64 and 256 MiB. Criterion reports the mean step; the longest steps are
/// printed after each, since a pause bound is about the maximum.
///
/// Each step is timed twice: on the wall clock, and by the CPU time its
/// thread was given. On a shared machine the thread can lose the CPU in the
/// middle of a step (the virtual machine's CPU descheduled by the host), and
/// the wall clock then counts a pause the collector did not make. A control
/// loop that only reads the clock shows how long such stalls are here.
fn incremental(c: &mut Criterion) {
    let mut group = c.benchmark_group("incremental");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(3));
    let mut ran = false;
    for mib in [64usize, 256] {
        let mut session = live_heap(mib, Collector::Incremental);
        let live = session.vm.heap.stats().live.bytes;
        // (wall, CPU) per step timed, warm-up included.
        let mut steps: Vec<(Duration, Duration)> = Vec::new();
        group.bench_with_input(
            BenchmarkId::new("step", format!("{mib}MiB")),
            &live,
            |b, _| {
                b.iter_custom(|iters| {
                    let mut total = Duration::ZERO;
                    for _ in 0..iters {
                        let cpu = ThreadTime::now();
                        let wall = Instant::now();
                        black_box(session.vm.collect_step());
                        let wall = wall.elapsed();
                        steps.push((wall, cpu.elapsed()));
                        total += wall;
                    }
                    total
                })
            },
        );
        if steps.is_empty() {
            // Filtered out (`cargo bench -- NAME` naming another benchmark).
            continue;
        }
        ran = true;
        let mut wall: Vec<Duration> = steps.iter().map(|s| s.0).collect();
        let mut cpu: Vec<Duration> = steps.iter().map(|s| s.1).collect();
        wall.sort();
        cpu.sort();
        // Steps whose wall time exceeds their CPU time by a quarter of a
        // millisecond or more: the thread was not running for part of them.
        let descheduled = steps
            .iter()
            .filter(|(w, c)| w.saturating_sub(*c) >= Duration::from_micros(250))
            .count();
        let time = |d: Duration| minilang::units::duration(d);
        eprintln!(
            "incremental/step/{mib}MiB: {} live, {} steps; wall: longest {}, p99.9 {}, p99 {}; \
             CPU: longest {}, p99.9 {}; {descheduled} steps lost the CPU for 0.25 ms or more",
            minilang::units::bytes(live),
            steps.len(),
            time(*wall.last().expect("steps were taken")),
            time(quantile(&wall, 0.999)),
            time(quantile(&wall, 0.99)),
            time(*cpu.last().expect("steps were taken")),
            time(quantile(&cpu, 0.999)),
        );
    }
    group.finish();
    if !ran {
        return;
    }
    let (gap, stalls) = machine_stalls(Duration::from_secs(3));
    eprintln!(
        "control: a loop only reading the clock for 3 s saw its longest gap of {}, \
         and {stalls} gaps of 0.25 ms or more",
        minilang::units::duration(gap)
    );
}

/// The value at quantile `q` of sorted `values`.
fn quantile(values: &[Duration], q: f64) -> Duration {
    values[((values.len() as f64 * q) as usize).min(values.len() - 1)]
}

/// The longest time between two consecutive clock readings of a loop that
/// does nothing else for `length`, and how many gaps were 0.25 ms or more:
/// what the machine itself stalls a running thread for.
fn machine_stalls(length: Duration) -> (Duration, usize) {
    let start = Instant::now();
    let (mut last, mut longest, mut stalls) = (start, Duration::ZERO, 0);
    while last - start < length {
        let now = Instant::now();
        let gap = now - last;
        longest = longest.max(gap);
        stalls += usize::from(gap >= Duration::from_micros(250));
        last = now;
    }
    (longest, stalls)
}

criterion_group!(benches, programs, collector, incremental);
criterion_main!(benches);
