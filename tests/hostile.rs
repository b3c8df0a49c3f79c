//! Hostile input never crashes minilang: each of these ends within seconds with
//! exit 0, 65 or 70 and a message — no panic, no signal, no hang. Inputs that
//! the fuzzers found troublesome live in `tests/fuzz_regressions/` and run here
//! too.

use assert_cmd::Command;
use std::time::Duration;

/// Runs the binary on `source` (stdin) with `flags`; checks it ended cleanly
/// with one of `codes`, and yields its stderr.
fn survives(flags: &[&str], source: impl Into<Vec<u8>>, codes: &[i32]) -> String {
    let output = Command::cargo_bin("minilang")
        .unwrap()
        .args(flags)
        .env_remove("MINILANG_GC")
        .timeout(Duration::from_secs(60))
        .write_stdin(source.into())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let code = output.status.code();
    assert!(
        code.is_some_and(|c| codes.contains(&c)),
        "exit {code:?} (a signal or timeout if None), wanted one of {codes:?}\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("internal error"), "{stderr}");
    if code != Some(0) {
        assert!(stderr.contains("error"), "an error message: {stderr}");
    }
    stderr
}

const N: usize = 100_000;

#[test]
fn deep_nesting_of_every_kind() {
    for source in [
        format!("print {}1{};", "(".repeat(N), ")".repeat(N)),
        format!("{}{}", "{".repeat(N), "}".repeat(N)),
        format!("print {}{};", "[".repeat(N), "]".repeat(N)),
        format!("print {}1;", "-".repeat(N)),
        format!("print f{};", "()".repeat(N)),
        format!("print ({}", "{\"k\": ".repeat(N)),
        "(".repeat(N),
    ] {
        let err = survives(&[], source, &[65]);
        assert!(
            err.contains("nested too deeply") || err.contains("unexpected"),
            "{err}"
        );
    }
}

#[test]
fn deep_nesting_then_junk_is_not_quadratic() {
    // Error recovery costs the parse stack's depth per skipped token; the
    // nesting guard keeps that depth small (a fuzzer-found 6 KB input of this
    // shape once took 10 s).
    for prefix in ["{", "if (a) ", "for (;;) ", "print (", "a = "] {
        let source = format!("{}{}", prefix.repeat(100_000), "] : ".repeat(100_000));
        survives(&[], source, &[65]);
    }
}

#[test]
fn unbounded_recursion_of_every_kind() {
    for source in [
        "fun f() { return f(); } f();",
        "fun a() { return b(); } fun b() { return a(); } a();",
        "class A { init() { A(); } } A();",
        "class A { m() { return this.m(); } } A().m();",
    ] {
        let err = survives(&[], source, &[70]);
        assert!(err.contains("stack overflow"), "{err}");
    }
}

#[test]
fn runaway_loops_stop_at_the_step_budget() {
    let err = survives(&["--max-steps", "100000"], "while (true) {}", &[70]);
    assert!(err.contains("step limit reached"), "{err}");
    let err = survives(
        &["--max-steps", "100000"],
        "fun f(n) { return f(n + 1); } f(0);",
        &[70],
    );
    assert!(
        err.contains("step limit") || err.contains("stack overflow"),
        "{err}"
    );
}

#[test]
fn a_100_mb_string_literal() {
    let mut source = b"var s = \"".to_vec();
    source.extend(std::iter::repeat_n(b'x', 100 << 20));
    source.extend(b"\"; print len(s);");
    survives(&[], source, &[0]);
}

#[test]
fn random_bytes_invalid_utf8_and_nul() {
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..20 {
        let junk: Vec<u8> = (0..2000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        survives(&[], junk, &[0, 65, 70]);
    }
    survives(&[], b"print \"\xc3\x28\";".to_vec(), &[65]);
    survives(&[], b"print 1;\0print 2;".to_vec(), &[65]);
}

#[test]
fn huge_numbers_and_many_names() {
    survives(&[], format!("print {};", "9".repeat(10_000)), &[0]);
    let mut locals = String::from("fun f() {\n");
    for i in 0..N {
        locals.push_str(&format!("var v{i} = {i};\n"));
    }
    locals.push_str("return v0 + v99999; }\nprint f();");
    survives(&[], locals, &[0]);
    let params: Vec<String> = (0..5000).map(|i| format!("p{i}")).collect();
    survives(
        &[],
        format!("fun f({}) {{}} f();", params.join(", ")),
        &[70],
    );
}

#[test]
fn free_and_ttl_on_every_kind_of_value() {
    let values = [
        "nil",
        "true",
        "1",
        "\"constant\"",
        "\"a\" + \"b\"",
        "[1]",
        "{\"k\": 1}",
        "A",
        "A()",
        "A().m",
        "clock",
        "f",
    ];
    for value in values {
        let prelude = "class A { m() {} } fun f() {}";
        survives(&[], format!("{prelude} free({value});"), &[0, 70]);
        survives(
            &["--clock", "virtual"],
            format!("{prelude} var x = {value} @ttl(1); sleep(2); print x;"),
            &[0, 70],
        );
        survives(&[], format!("{prelude} print alive({value});"), &[0]);
    }
}

#[test]
fn heap_limits_down_to_one_byte() {
    survives(&["--heap-limit", "1"], "print 1;", &[70]);
    let err = survives(
        &["--heap-limit", "2MB"],
        "var s = \"ab\"; while (true) s = s + s;",
        &[70],
    );
    assert!(err.contains("out of memory"));
    let err = survives(
        &["--heap-limit", "2MB"],
        "var xs = []; while (true) push(xs, xs);",
        &[70],
    );
    assert!(err.contains("out of memory"));
    survives(
        &["--heap-limit", "2MB", "--gc", "off"],
        "var m = {}; var i = 0; while (true) { m[i] = [i]; i = i + 1; }",
        &[70],
    );
}

#[test]
fn printing_deep_and_cyclic_structures() {
    survives(
        &[],
        "var l = []; var cur = l; for (var i = 0; i < 100000; i = i + 1) { var n = []; push(cur, n); cur = n; } print l;",
        &[0],
    );
    survives(&[], "var m = {}; m[m] = m; print m; print keys(m);", &[0]);
}

#[test]
fn fuzz_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let input = std::fs::read(entry.path()).unwrap();
        survives(
            &[
                "--heap-limit",
                "1MB",
                "--max-steps",
                "20000",
                "--clock",
                "virtual",
            ],
            input,
            &[0, 65, 70],
        );
    }
}

#[test]
fn a_million_operand_chain_is_one_level() {
    // Neither the compiler nor dropping the tree may recurse once per operand.
    for op in ["+", "and", "=="] {
        let source = format!(
            "var x = 1; print {};",
            vec!["x"; 1_000_000].join(&format!(" {op} "))
        );
        let output = Command::cargo_bin("minilang")
            .unwrap()
            .timeout(Duration::from_secs(60))
            .write_stdin(source)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{op}");
        let printed = String::from_utf8_lossy(&output.stdout);
        let expected = match op {
            "+" => "1000000",
            "and" => "1",
            _ => "false",
        };
        assert_eq!(printed.trim(), expected, "{op}");
    }
}

#[test]
fn library_natives_on_hostile_sizes() {
    // A repeat past the largest string fails before building anything.
    let err = survives(&[], "print len(repeat(\"abc\", 1e15));", &[70]);
    assert!(err.contains("larger than"), "{err}");
    let err = survives(&[], "print len(repeat([1, 2], 1e15));", &[70]);
    assert!(err.contains("larger than"), "{err}");
    let err = survives(&[], "print len(repeat([1, 2], 1e300));", &[70]);
    assert!(err.contains("from -2^53 to 2^53"), "{err}");
    // ... and under a heap limit, before passing the limit.
    let err = survives(
        &["--heap-limit", "64MB"],
        "print len(repeat(\"abcdefgh\", 10000000));",
        &[70],
    );
    assert!(err.contains("out of memory"), "{err}");
    // A split into a million parts works without a limit and stops cleanly
    // under one.
    survives(
        &[],
        "var p = split(repeat(\",\", 1000000), \",\"); if (len(p) != 1000001) print 1/nil;",
        &[0],
    );
    let err = survives(
        &["--heap-limit", "8MB"],
        "var p = split(repeat(\"a,\", 1000000), \",\");",
        &[70],
    );
    assert!(err.contains("out of memory"), "{err}");
    // Sorting 100,000 elements with a function that mutates, frees, errors or
    // sorts forever.
    let fill = "var xs = []; for (var i = 0; i < 100000; i = i + 1) push(xs, (i * 7919) % 100000);";
    survives(&[], format!("{fill} fun less(a, b) {{ return a < b; }} sort(xs, less); if (xs[0] != 0) print 1/nil;"), &[0]);
    for less in [
        "fun less(a, b) { push(xs, a); return a < b; }",
        "fun less(a, b) { if (alive(xs)) free(xs); return a < b; }",
        "fun less(a, b) { return a.x; }",
        "fun less(a, b) { sort(xs, less); return true; }",
    ] {
        survives(
            &["--max-depth", "1000000"],
            format!("{fill} {less} sort(xs, less);"),
            &[70],
        );
    }
    // Endless and odd files are errors, not hangs.
    let err = survives(&["--heap-limit", "1MB"], "read_file(\"/dev/zero\");", &[70]);
    assert!(err.contains("out of memory"), "{err}");
    survives(&[], "read_file(\"/\");", &[70]);
    survives(&[], "write_file(\"/\", \"x\");", &[70]);
    // Extreme numbers in every numeric argument.
    for call in [
        "chr(1e300)",
        "chr(-1)",
        "fixed(1e308, 100)",
        "fixed(1, -1)",
        "random_int(-9e15, 9e15)",
        "random_int(0, 1e300)",
        "\"abc\"[-1e300:1e300]",
        "[1, 2][0/0:]",
        "insert([], 1e300, 1)",
        "remove_at([1], -1e300)",
        "pow(1e308, 1e308)",
        "exit(-1)",
        "exit(0/0)",
    ] {
        survives(&[], format!("print {call};"), &[0, 70]);
    }
}
