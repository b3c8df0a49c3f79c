//! Differential testing of the collector modes: random programs over lists,
//! maps, instances and strings, with `free`, `@ttl`, `sleep` and `gc()`
//! injected at random points, must behave identically under `--gc on` (the
//! incremental collector), `--gc stress`, `--gc off`, `--gc stop-the-world` and
//! the incremental and generational collectors under `--gc-stress`, with the
//! virtual clock — the same output, the same
//! error (a stale reference is the same error wherever the collector stands),
//! the same exit code, and never a panic. What the collector reclaims is not
//! observable to a program except through `gc()`'s count, which the programs
//! never print.

use proptest::prelude::*;
use std::process::Command;

/// Variables of each kind the programs use.
const LISTS: [&str; 2] = ["l0", "l1"];
const MAPS: [&str; 2] = ["m0", "m1"];
const INSTANCES: [&str; 2] = ["o0", "o1"];
const STRINGS: [&str; 2] = ["s0", "s1"];

fn all_objects() -> Vec<&'static str> {
    [LISTS, MAPS, INSTANCES, STRINGS].concat()
}

fn pick<'a>(names: &[&'a str], i: usize) -> &'a str {
    names[i % names.len()]
}

/// A value expression: a number, a string, or one of the variables.
fn value(i: usize) -> String {
    match i % 6 {
        0 => format!("{}", i % 100),
        1 => format!("\"v{}\"", i % 7),
        2 => pick(&LISTS, i / 6).to_string(),
        3 => pick(&MAPS, i / 6).to_string(),
        4 => pick(&INSTANCES, i / 6).to_string(),
        _ => pick(&STRINGS, i / 6).to_string(),
    }
}

/// A map key: numbers, strings (by value) and objects (by identity).
fn key(i: usize) -> String {
    match i % 4 {
        0 => format!("{}", i % 5),
        1 => format!("\"k{}\"", i % 5),
        2 => pick(&STRINGS, i / 4).to_string(),
        _ => pick(&LISTS, i / 4).to_string(),
    }
}

/// One statement of a program, from two random numbers. About half the uses
/// of an object are guarded by `alive`, so programs run on past a death as
/// often as they stop at a stale use.
fn statement(kind: u8, a: usize, b: usize) -> String {
    let guarded = |var: &str, body: String| {
        if a.is_multiple_of(2) {
            format!("if (alive({var})) {{ {body} }}")
        } else {
            body
        }
    };
    match kind % 26 {
        // Reclamation, injected.
        0 => format!("free({});", pick(&all_objects(), a)),
        1 => format!("{} @ttl({});", pick(&all_objects(), a), b % 4),
        2 => format!("sleep({});", b % 3),
        3 => "gc();".to_string(),
        4 => format!("print alive({});", pick(&all_objects(), a)),
        // Making objects.
        5 => format!("{} = [{}, {}];", pick(&LISTS, a), value(b), value(b / 3)),
        6 => format!("{} = {{{}: {}}};", pick(&MAPS, a), key(b), value(b / 5)),
        7 => format!("{} = P({});", pick(&INSTANCES, a), value(b)),
        8 => {
            let s = pick(&STRINGS, a);
            format!("{s} = \"t\" + str({});", b % 10)
        }
        // Using them.
        9 => {
            let l = pick(&LISTS, a);
            guarded(l, format!("push({l}, {});", value(b)))
        }
        10 => {
            let l = pick(&LISTS, a);
            guarded(l, format!("print {l}[len({l}) - 1];"))
        }
        11 => {
            let m = pick(&MAPS, a);
            guarded(m, format!("{m}[{}] = {};", key(b), value(b / 7)))
        }
        12 => {
            let m = pick(&MAPS, a);
            guarded(m, format!("print len({m}); print keys({m});"))
        }
        13 => {
            let m = pick(&MAPS, a);
            let k = key(b);
            guarded(m, format!("if (has({m}, {k})) print {m}[{k}];"))
        }
        14 => {
            let o = pick(&INSTANCES, a);
            guarded(o, format!("{o}.f = {};", value(b)))
        }
        15 => {
            let o = pick(&INSTANCES, a);
            guarded(o, format!("print {o}.get();"))
        }
        16 => {
            let s = pick(&STRINGS, a);
            let t = pick(&STRINGS, b);
            guarded(s, format!("{s} = {s} + {t};"))
        }
        17 => format!("print {};", pick(&all_objects(), a)),
        18 => {
            // A loop: back-edges and calls are safepoints too.
            let l = pick(&LISTS, a);
            format!("for (var i = 0; i < {}; i = i + 1) {{ var tmp = [i]; if (alive({l})) push({l}, i); }}", b % 5)
        }
        // The library: natives that call back, iterate, slice and build.
        19 => {
            let m = pick(&MAPS, a);
            guarded(m, format!("print {m};"))
        }
        20 => {
            let l = pick(&LISTS, a);
            let less = pick(&["by_text", "meddle", "spite"], b);
            guarded(l, format!("sort({l}, {less}); print {l};"))
        }
        21 => {
            let seq = pick(&[LISTS, MAPS, STRINGS].concat(), a);
            let victim = pick(&all_objects(), b);
            format!(
                "for (var x in {seq}) {{ print x; if (x == {}) continue; if ({}) free({victim}); if (x == \"k1\") break; }}",
                value(b),
                if b.is_multiple_of(3) { format!("alive({victim})") } else { "false".into() }
            )
        }
        22 => {
            let o = pick(&INSTANCES, a);
            let l = pick(&LISTS, b);
            guarded(
                o,
                format!("if (type({o}.f) == \"number\") {o}.f += {}; if (alive({l}) and len({l}) > 0 and type({l}[0]) == \"number\") {l}[0] *= 2; print {o}.f;", b % 10),
            )
        }
        23 => {
            let s = pick(&STRINGS, a);
            guarded(
                s,
                format!("{s} = join(split({s} + \",a,b\", \",\"), \"-\"); print upper({s})[1:-1]; print find({s}, \"a\");"),
            )
        }
        24 => {
            let m = pick(&MAPS, a);
            guarded(m, format!("print items({m}); print values(copy({m}));"))
        }
        _ => {
            let l = pick(&LISTS, a);
            guarded(
                l,
                format!("{l} = repeat(concat({l}, [{}]), 2)[-4:]; print reverse({l}); print index_of({l}, 1);", value(b)),
            )
        }
    }
}

const PRELUDE: &str = "\
class P { init(v) { this.f = v; } get() { return this.f; } }
var l0 = [1]; var l1 = [2];
var m0 = {\"a\": 1}; var m1 = {};
var o0 = P(0); var o1 = P(1);
var s0 = \"x\" + \"y\"; var s1 = \"z\" + \"w\";
fun by_text(a, b) { return str(a) < str(b); }
var scratch = [];
fun meddle(a, b) { push(scratch, [a, b]); gc(); return str(a) < str(b); }
fun spite(a, b) { if (alive(l0)) free(l0); return true; }
";

/// Ends a program that got this far: the heap's books must balance —
/// everything allocated is live or was reclaimed one of the three ways, in
/// objects and in bytes — whatever the natives and collector modes did.
const EPILOGUE: &str = "\
var h = heap_stats();
var objects = h[\"allocated_objects\"] - h[\"live_objects\"] - h[\"reclaimed_manually_objects\"] - h[\"reclaimed_timed_objects\"] - h[\"reclaimed_collected_objects\"];
var bytes = h[\"allocated_bytes\"] - h[\"live_bytes\"] - h[\"reclaimed_manually_bytes\"] - h[\"reclaimed_timed_bytes\"] - h[\"reclaimed_collected_bytes\"];
if (objects != 0 or bytes != 0) print \"UNBALANCED \" + str(objects) + \" \" + str(bytes);
";

fn program(statements: &[(u8, usize, usize)]) -> String {
    let mut source = PRELUDE.to_string();
    for &(kind, a, b) in statements {
        source.push_str(&statement(kind, a, b));
        source.push('\n');
    }
    source.push_str(EPILOGUE);
    source
}

fn run(source: &str, gc: &str) -> (Option<i32>, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_minilang"))
        .args(["--clock", "virtual", "--gc"])
        .args(gc.split(' '))
        .args(["--max-steps", "100000", "-e", source])
        .env_remove("MINILANG_GC")
        .output()
        .expect("runs");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_collector_mode_runs_a_program_the_same_way(
        statements in prop::collection::vec((any::<u8>(), any::<usize>(), any::<usize>()), 1..40)
    ) {
        let source = program(&statements);
        let on = run(&source, "on");
        prop_assert!(matches!(on.0, Some(0) | Some(70)), "exit {:?}\n{source}\n{}", on.0, on.2);
        prop_assert!(!on.2.contains("panicked") && !on.2.contains("internal error"), "{}", on.2);
        prop_assert!(!on.1.contains("UNBALANCED"), "the heap's books:\n{}\n{source}", on.1);
        let others = [
            "stress",
            "off",
            "stop-the-world",
            "incremental --gc-stress",
            "generational --gc-stress",
        ];
        for gc in others {
            let other = run(&source, gc);
            prop_assert_eq!(&other, &on, "--gc {} differs from --gc on for\n{}", gc, source);
        }
    }
}

/// The generator reaches what it is for: programs that free, expire, collect
/// and then use what died, both guarded and not.
#[test]
fn the_generator_makes_programs_that_hit_stale_references() {
    let mut stale_errors = 0;
    let mut clean = 0;
    for seed in 0..60usize {
        let statements: Vec<(u8, usize, usize)> = (0..30)
            .map(|i| {
                let x = seed.wrapping_mul(2654435761).wrapping_add(i * 40503);
                ((x % 251) as u8, x / 7, x / 13)
            })
            .collect();
        let (code, _, stderr) = run(&program(&statements), "on");
        if stderr.contains("use of freed") || stderr.contains("use of expired") {
            stale_errors += 1;
        } else if code == Some(0) {
            clean += 1;
        }
    }
    assert!(
        stale_errors >= 5,
        "only {stale_errors} of 60 programs met a stale reference"
    );
    assert!(clean >= 5, "only {clean} of 60 programs ran to the end");
}
