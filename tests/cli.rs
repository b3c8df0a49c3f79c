//! The command line as a user meets it: exit codes, `-e`, stdin, flags, the
//! environment, and hostile input that must end in a clean error.

use assert_cmd::Command;

fn minilang() -> Command {
    let mut cmd = Command::cargo_bin("minilang").expect("binary is built");
    cmd.env_remove("MINILANG_GC")
        .env_remove("MINILANG_GC_GROWTH")
        .env_remove("MINILANG_MAX_DEPTH");
    cmd
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn runs_a_file_and_exits_zero() {
    let out = minilang().arg("examples/hello.ml").assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(stdout.contains("Hello"), "{stdout}");
}

#[test]
fn eval_flag_runs_code() {
    minilang()
        .args(["-e", "print 1 + 2;"])
        .assert()
        .success()
        .stdout("3\n");
}

#[test]
fn program_from_stdin_when_not_a_terminal() {
    minilang()
        .write_stdin("var a = 20; print a * 2 + 2;")
        .assert()
        .success()
        .stdout("42\n");
}

#[test]
fn compile_error_exits_65_and_runs_nothing() {
    let out = minilang()
        .args(["-e", "print \"side effect\"; print 1 +;"])
        .assert()
        .code(65)
        .stdout("");
    let err = stderr_of(out.get_output());
    assert!(err.contains("<-e>:1:31"), "{err}");
    assert!(err.contains('^'), "a caret under the span: {err}");
}

#[test]
fn runtime_error_exits_70_with_trace() {
    let out = minilang()
        .args(["-e", "fun f() { return nil + 1; }\nf();"])
        .assert()
        .code(70);
    let err = stderr_of(out.get_output());
    assert!(err.contains("at f (<-e>:1:22)"), "{err}");
    assert!(err.contains("at script (<-e>:2:1)"), "{err}");
}

#[test]
fn missing_file_exits_66() {
    let out = minilang().arg("no/such/file.ml").assert().code(66);
    assert!(stderr_of(out.get_output()).contains("cannot read `no/such/file.ml`"));
}

#[test]
fn directory_as_file_exits_66() {
    minilang().arg("tests").assert().code(66);
}

#[test]
fn help_and_version_exit_zero() {
    let out = minilang().arg("--help").assert().success();
    let help = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for flag in ["--gc", "--gc-growth", "--max-depth", "-e"] {
        assert!(help.contains(flag), "--help lists {flag}");
    }
    minilang().arg("--version").assert().success();
}

#[test]
fn bad_flag_values_are_usage_errors() {
    let out = minilang()
        .args(["--gc", "sometimes", "-e", ""])
        .assert()
        .code(64);
    let err = stderr_of(out.get_output());
    assert!(
        err.contains("on") && err.contains("off") && err.contains("stress"),
        "{err}"
    );
    minilang()
        .args(["--gc-growth", "0.5", "-e", ""])
        .assert()
        .code(64);
    minilang()
        .args(["--max-depth", "0", "-e", ""])
        .assert()
        .code(64);
    for (flag, value) in [
        ("--gc-step-size", "10"),
        ("--gc-step-size", "2GB"),
        ("--gc-step-mul", "0"),
        ("--contrast=sometimes", ""),
    ] {
        let mut args = vec![flag];
        if !value.is_empty() {
            args.push(value);
        }
        args.extend(["-e", ""]);
        minilang().args(&args).assert().code(64);
    }
    minilang().args(["--no-such-flag"]).assert().code(64);
}

#[test]
fn environment_sets_flags_and_flags_win() {
    minilang()
        .env("MINILANG_GC", "off")
        .args(["-e", "class A {} A(); A(); print gc();"])
        .assert()
        .success()
        .stdout("0\n");
    minilang()
        .env("MINILANG_GC", "off")
        .args(["--gc", "on", "-e", "class A {} A(); A(); print gc();"])
        .assert()
        .success()
        .stdout("2\n");
    minilang()
        .env("MINILANG_GC", "bogus")
        .args(["-e", ""])
        .assert()
        .code(64);
}

#[test]
fn output_is_flushed_before_the_error() {
    let exe = assert_cmd::cargo::cargo_bin("minilang");
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' -e 'print \"first\"; print nil + 1;' 2>&1",
            exe.display()
        ))
        .output()
        .expect("sh runs");
    let text = String::from_utf8_lossy(&output.stdout);
    let first = text.find("first").expect("program output");
    let error = text.find("error").expect("error message");
    assert!(first < error, "{text}");
}

#[test]
fn invalid_utf8_is_a_compile_error() {
    let out = minilang()
        .write_stdin(b"print 1;\nprint \"\xff\xfe\";".to_vec())
        .assert()
        .code(65);
    assert!(stderr_of(out.get_output()).contains("not valid UTF-8"));
}

#[test]
fn nul_and_binary_junk_are_compile_errors() {
    minilang()
        .write_stdin(b"print 1;\0".to_vec())
        .assert()
        .code(65);
    let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    let out = minilang().write_stdin(junk).assert().code(65);
    assert!(!stderr_of(out.get_output()).contains("panicked"));
}

#[test]
fn hundred_thousand_parentheses_are_a_clean_compile_error() {
    let depth = 100_000;
    let source = format!("print {}1{};", "(".repeat(depth), ")".repeat(depth));
    let out = minilang().write_stdin(source).assert().code(65);
    assert!(stderr_of(out.get_output()).contains("nested too deeply"));
}

#[test]
fn deep_nesting_of_every_kind_is_a_clean_compile_error() {
    let n = 100_000;
    let cases = [
        format!("{}{}", "{".repeat(n), "}".repeat(n)),
        format!("print {}1;", "-".repeat(n)),
        format!("print {}1;", "!".repeat(n)),
        format!("f{};", "()".repeat(n)),
        format!("var a; {} 1;", "a = ".repeat(n)),
        format!("{}print 1;", "if (true) ".repeat(n)),
        // Right-nested operators nest through their brackets.
        format!("print {}1{};", "(1 + ".repeat(n), ")".repeat(n)),
    ];
    for source in cases {
        let out = minilang().write_stdin(source).assert().code(65);
        let err = stderr_of(out.get_output());
        assert!(err.contains("nested too deeply"), "{err}");
    }
}

#[test]
fn unbounded_recursion_is_a_clean_runtime_error() {
    let out = minilang()
        .args(["-e", "fun f() { f(); } f();"])
        .assert()
        .code(70);
    let err = stderr_of(out.get_output());
    assert!(err.contains("stack overflow"), "{err}");
    assert!(
        err.contains("more frames"),
        "a long trace is shortened: {err}"
    );
}

#[test]
fn recursion_through_init_is_a_clean_runtime_error() {
    minilang()
        .args(["-e", "class A { init() { A(); } } A();"])
        .assert()
        .code(70);
}

#[test]
fn dump_prints_bytecode() {
    let out = minilang()
        .args(["--dump", "-e", "print 1 + 2;"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("Add") && text.contains("Print"), "{text}");
}

/// Superinstructions pair greedily, but a pair gives its second
/// instruction back when that one makes a better pair with the next: two
/// locals load as one `GetLocals`, yet `a + b.x` keeps `GetLocalProperty`
/// and `a + (b - 1)` keeps `LocalSubtractConstant`. Each listing is of one
/// function; the program's results are checked to match the plain reading.
#[test]
fn superinstructions_pair_the_best_way() {
    for (body, wanted, result) in [
        ("return a == b;", "GetLocals(1, 2)", "false"),
        ("return a + b.x;", "GetLocalProperty(2, 0)", "4"),
        ("return a + (b.x - 1);", "GetLocalProperty(2, 0)", "3"),
        ("return a + (a - 1);", "LocalSubtractConstant(1, ", "1"),
    ] {
        let source = format!(
            "class P {{ init() {{ this.x = 3; }} }}\nfun g(a, b) {{ {body} }}\nprint g(1, P());"
        );
        let out = minilang()
            .args(["--dump", "-e", &source])
            .assert()
            .success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        let listing = text.split("== g (").nth(1).expect("g is listed");
        let listing = listing.split("\n==").next().unwrap_or(listing);
        assert!(
            listing.contains(wanted),
            "{body}: no {wanted} in\n{listing}"
        );
        minilang()
            .args(["-e", &source])
            .assert()
            .success()
            .stdout(format!("{result}\n"));
    }
}

#[test]
fn no_256_limits_on_constants_locals_or_parameters() {
    let mut constants = String::from("fun f() {\n");
    for i in 0..70_000 {
        constants.push_str(&format!("  var s{i} = \"s{i}\";\n"));
    }
    constants.push_str("  return s0 + s69999;\n}\nprint f();");
    minilang()
        .write_stdin(constants)
        .assert()
        .success()
        .stdout("s0s69999\n");

    let params: Vec<String> = (0..5_000).map(|i| format!("p{i}")).collect();
    let args: Vec<String> = (0..5_000).map(|i| i.to_string()).collect();
    let source = format!(
        "fun f({}) {{ return p0 + p4999; }}\nprint f({});",
        params.join(", "),
        args.join(", ")
    );
    minilang()
        .write_stdin(source)
        .assert()
        .success()
        .stdout("4999\n");
}

#[test]
fn word_frequency_example_counts_stdin() {
    minilang()
        .arg("examples/word_freq.ml")
        .write_stdin("the cat and the hat\nThe end, the END.\n")
        .assert()
        .success()
        .stdout("3 the\n1 cat\n1 and\n1 hat\n1 The\n1 end\n1 END\n7 distinct words\n");
}

#[test]
fn collector_example_reports_what_it_reclaimed() {
    minilang()
        .arg("examples/collector.ml")
        .assert()
        .success()
        .stdout(
            "reclaimed before dropping anything:\n0\n\
             reclaimed after dropping a 1000-node chain:\n1000\n\
             reclaimed after dropping a two-node cycle:\n2\n",
        );
}

/// Runs an example under the given flags; yields (exit code, stdout, stderr).
fn example(flags: &[&str], path: &str) -> (i32, String, String) {
    let out = minilang().args(flags).arg(path).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn three_mb_machine_needs_some_reclamation() {
    let base = ["--heap-limit", "3MB", "--clock", "virtual"];
    let run = |path: &str, strategy: &[&str]| {
        let flags: Vec<&str> = base.iter().chain(strategy).copied().collect();
        example(&flags, path)
    };
    let ttl_and_gc = "examples/memory/three_mb_machine.ml";
    let manual = "examples/memory/three_mb_machine_free.ml";
    for (path, strategy) in [
        (ttl_and_gc, &["--gc", "off", "--ignore-ttl"][..]),
        (manual, &["--gc", "off", "--ignore-free"][..]),
    ] {
        let (code, out, err) = run(path, strategy);
        assert_eq!(code, 70, "nothing reclaims: {out}{err}");
        assert!(
            err.contains("out of memory: heap limit 3.0 MiB reached"),
            "{err}"
        );
        assert!(out.contains("task 1") && !out.contains("task 2"), "{out}");
    }
    for (path, strategy) in [
        (ttl_and_gc, &["--gc", "off"][..]),
        (ttl_and_gc, &["--ignore-ttl"][..]),
        (ttl_and_gc, &[][..]),
        (manual, &["--gc", "off"][..]),
        (manual, &[][..]),
    ] {
        let (code, out, err) = run(path, strategy);
        assert_eq!(code, 0, "{path} {strategy:?}: {err}");
        assert!(
            out.ends_with("both tasks ran in 3 MB\n"),
            "{strategy:?}: {out}"
        );
    }
}

#[test]
fn forgotten_free_leaks_until_the_limit() {
    let flags = ["--gc", "off", "--heap-limit", "1MB"];
    let (code, _, err) = example(&flags, "examples/memory/leak.ml");
    assert_eq!(code, 70);
    assert!(err.contains("out of memory"), "{err}");
    let (code, out, _) = example(&flags, "examples/memory/leak_fixed.ml");
    assert_eq!((code, out.as_str()), (0, "handled 20000 requests\n"));
    // The collector hides the leak.
    let (code, _, _) = example(&["--heap-limit", "1MB"], "examples/memory/leak.ml");
    assert_eq!(code, 0);
}

#[test]
fn ttl_cache_entries_lapse() {
    let (code, out, err) = example(&["--clock", "virtual"], "examples/memory/ttl_cache.ml");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "144\n144\n144\nhits 1, misses 2\n");
}

#[test]
fn dangling_reference_is_caught() {
    let (code, out, err) = example(&[], "examples/memory/dangling.ml");
    assert_eq!(code, 70);
    assert_eq!(out, "");
    assert!(
        err.contains(
            "use of freed list (allocated at examples/memory/dangling.ml:7:17, \
             freed at examples/memory/dangling.ml:11:3)"
        ),
        "{err}"
    );
}

#[test]
fn memory_flags_and_their_environment_variables() {
    let churn = "var s = \"x\"; while (true) s = s + s;";
    // Sizes in every spelling.
    for size in ["1MB", "1mb", "1MiB", "1024KB", "1048576"] {
        let out = minilang()
            .args(["--heap-limit", size, "-e", churn])
            .assert()
            .code(70);
        assert!(
            stderr_of(out.get_output()).contains("heap limit 1.0 MiB"),
            "{size}"
        );
    }
    let out = minilang()
        .args(["--heap-limit", "lots", "-e", ""])
        .assert()
        .code(64);
    assert!(stderr_of(out.get_output()).contains("512KB or 3MB"));
    minilang()
        .args(["--heap-limit", "0", "-e", ""])
        .assert()
        .code(64);
    minilang()
        .args(["--clock", "sundial", "-e", ""])
        .assert()
        .code(64);
    // The environment, and flags beating it.
    minilang()
        .env("MINILANG_HEAP_LIMIT", "1MB")
        .args(["-e", churn])
        .assert()
        .code(70);
    minilang()
        .env("MINILANG_HEAP_LIMIT", "nonsense")
        .args(["-e", ""])
        .assert()
        .code(64);
    minilang()
        .env("MINILANG_CLOCK", "virtual")
        .args(["-e", "sleep(100); print clock();"])
        .assert()
        .success()
        .stdout("100\n");
    minilang()
        .env("MINILANG_CLOCK", "virtual")
        .args(["--clock", "real", "-e", "print clock() < 100;"])
        .assert()
        .success()
        .stdout("true\n");
    minilang()
        .env("MINILANG_IGNORE_FREE", "true")
        .args(["-e", "var x = [1]; free(x); print alive(x);"])
        .assert()
        .success()
        .stdout("true\n");
    minilang()
        .env("MINILANG_IGNORE_TTL", "1")
        .args([
            "--clock",
            "virtual",
            "-e",
            "var x = [1] @ttl(1); sleep(2); print alive(x);",
        ])
        .assert()
        .success()
        .stdout("true\n");
}

#[test]
fn everything_after_file_belongs_to_the_script() {
    let dir = std::env::temp_dir().join(format!("minilang-args-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("args.ml");
    std::fs::write(&script, "print args();\n").unwrap();
    for (after, printed) in [
        (vec!["--stats"], r#"["--stats"]"#),
        (vec!["-e", "print 2;"], r#"["-e", "print 2;"]"#),
        (vec!["--help"], r#"["--help"]"#),
        (
            vec!["a", "--gc", "stress", "-i"],
            r#"["a", "--gc", "stress", "-i"]"#,
        ),
    ] {
        let out = minilang()
            .args(["--gc", "off"])
            .arg(&script)
            .args(&after)
            .assert()
            .success();
        let output = out.get_output();
        assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), printed);
        // Nothing of minilang's own ran: no stats table, no help.
        assert_eq!(stderr_of(output), "", "{after:?}");
    }
    // After -e CODE everything is the script's too, and `--` ends the flags.
    let out = minilang()
        .args(["-e", "print args();", "--stats", "x"])
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout).trim(),
        r#"["--stats", "x"]"#
    );
    let out = minilang()
        .arg("--")
        .arg(&script)
        .arg("-x")
        .assert()
        .success();
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout).trim(),
        r#"["-x"]"#
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn ctrl_c_ends_a_script_with_130_after_its_reports() {
    use std::process::{Command as Std, Stdio};
    let dir = std::env::temp_dir().join(format!("minilang-sigint-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("t.csv");
    let child = Std::new(env!("CARGO_BIN_EXE_minilang"))
        .args(["--stats", "--heap-timeline"])
        .arg(&csv)
        .args(["-e", "var l = [1]; while (true) { l = [l]; }"])
        .env_remove("MINILANG_GC")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    std::thread::sleep(std::time::Duration::from_millis(500));
    let killed = Std::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let output = child.wait_with_output().expect("waits");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("error: interrupted"), "{stderr}");
    assert!(
        stderr.contains("peak heap"),
        "the stats are written: {stderr}"
    );
    let points = std::fs::read_to_string(&csv).expect("the timeline is written");
    assert!(points.lines().last().unwrap().ends_with(",end"), "{points}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn seed_makes_random_numbers_repeat() {
    let program = "var r = []; for (var i = 0; i < 5; i = i + 1) push(r, random_int(1, 1000000)); print r; print random();";
    let run = |flags: &[&str], env: Option<&str>| {
        let mut cmd = minilang();
        cmd.env_remove("MINILANG_SEED");
        if let Some(seed) = env {
            cmd.env("MINILANG_SEED", seed);
        }
        let out = cmd.args(flags).args(["-e", program]).assert().success();
        String::from_utf8_lossy(&out.get_output().stdout).into_owned()
    };
    let first = run(&["--seed", "42"], None);
    assert_eq!(first, run(&["--seed", "42"], None));
    assert_eq!(first, run(&[], Some("42")), "MINILANG_SEED is --seed");
    assert_ne!(first, run(&["--seed", "43"], None));
    // Without a seed, from the clock: two runs differ.
    assert_ne!(run(&[], None), run(&[], None));
}

#[test]
fn exit_flushes_output_writes_stats_and_ends_with_its_code() {
    let out = minilang()
        .args([
            "--stats",
            "-e",
            "write(\"partial\"); print \" line\"; exit(3); print \"never\";",
        ])
        .assert()
        .code(3)
        .stdout("partial line\n");
    let err = stderr_of(out.get_output());
    assert!(err.contains("allocated"), "the --stats table: {err}");
    assert!(!err.contains("error"), "exit is not an error: {err}");
    minilang()
        .args(["-e", "exit();"])
        .assert()
        .code(0)
        .stdout("");
    // From inside nested calls and a sort's comparison too.
    minilang()
        .args([
            "-e",
            "fun less(a, b) { exit(7); } fun f() { sort([2, 1], less); } f(); print 1;",
        ])
        .assert()
        .code(7)
        .stdout("");
    // `-i` does not go on to the REPL after `exit`.
    let script = std::env::temp_dir().join(format!("minilang-exit-{}.ml", std::process::id()));
    std::fs::write(&script, "print 1; exit(4);").unwrap();
    minilang()
        .arg("-i")
        .arg(&script)
        .assert()
        .code(4)
        .stdout("1\n");
    std::fs::remove_file(&script).unwrap();
}

#[test]
fn file_errors_name_the_path_and_the_reason() {
    let out = minilang()
        .args(["-e", "print read_file(\"/no/such/file\");"])
        .assert()
        .code(70);
    let err = stderr_of(out.get_output());
    assert!(
        err.contains("read_file: cannot read \"/no/such/file\": No such file or directory"),
        "{err}"
    );
    assert!(err.contains("<-e>:1:7"), "{err}");
    let dir = std::env::temp_dir().join(format!("minilang-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("out.txt");
    let code = format!(
        "write_file({path:?}, \"a,b\\nc,d\\n\"); var rows = split(trim(read_file({path:?})), \"\\n\"); print len(rows); print split(rows[1], \",\")[0];",
        path = path.to_str().unwrap()
    );
    minilang()
        .args(["-e", &code])
        .assert()
        .success()
        .stdout("2\nc\n");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "a,b\nc,d\n");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs an example of examples/scripts under the default collector and
/// `--gc stress` with `stdin`; both must print the same. Yields the exit code
/// and stdout.
fn script_example(path: &str, stdin: &str) -> (i32, String) {
    let mut results = Vec::new();
    for gc in ["on", "stress"] {
        let out = minilang()
            .args(["--gc", gc, path])
            .write_stdin(stdin)
            .output()
            .expect("runs");
        assert!(out.stderr.is_empty(), "{}", stderr_of(&out));
        results.push((
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
        ));
    }
    assert_eq!(results[0], results[1], "{path} under --gc stress");
    results.remove(0)
}

#[test]
fn csv_report_example_totals_regions() {
    let csv = std::fs::read_to_string("examples/scripts/sales.csv").unwrap();
    let (code, stdout) = script_example("examples/scripts/csv_report.ml", &csv);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "line 8: `abc` is not a number");
    assert_eq!(lines[1], "line 10: expected 4 cells, got 2");
    // Largest total first; "North" and "north" are one region.
    assert_eq!(lines[4], "east           2      549.99    275.00   48.3%");
    assert_eq!(lines[5], "south          2      382.10    191.05   33.6%");
    assert_eq!(lines[6], "north          2      205.75    102.88   18.1%");
    assert_eq!(lines[8], "all                  1137.84");
    assert_eq!(lines[9], "2 line(s) skipped");
    // A header without the needed columns ends with status 1.
    let (code, stdout) = script_example("examples/scripts/csv_report.ml", "a,b\n1,2\n");
    assert_eq!(code, 1);
    assert!(stdout.contains("needs `region` and `amount`"), "{stdout}");
}

#[test]
fn pretty_print_example_prints_the_document() {
    let (code, stdout) = script_example("examples/scripts/pretty_print.ml", "");
    assert_eq!(code, 0);
    let expected = std::fs::read_to_string("examples/scripts/pretty_print.expected").unwrap();
    assert_eq!(stdout, expected);
    // The narrower, sorted copy breaks the long author onto several lines.
    assert!(stdout.contains("    {\n      \"name\": \"Grace \\\"Amazing\\\"\",\n"));
}

#[test]
fn adventure_example_plays_from_stdin() {
    let (code, stdout) = script_example(
        "examples/scripts/adventure.ml",
        "take lamp\nn\ntake key\ninventory\ns\ndance\ne\nopen chest\nlook\n",
    );
    assert_eq!(code, 0);
    assert!(stdout.contains("> You carry: lamp, key."), "{stdout}");
    assert!(stdout.contains("> I don't know how to dance."), "{stdout}");
    assert!(stdout.ends_with("You win in 8 moves!\n"), "{stdout}");
    // Without the lamp the key can't be found; input ending says goodbye.
    let (code, stdout) =
        script_example("examples/scripts/adventure.ml", "n\ntake key\nopen chest\n");
    assert_eq!(code, 0);
    assert!(stdout.contains("You grope in the dark"), "{stdout}");
    assert!(stdout.ends_with("> Bye.\n"), "{stdout}");
}

#[test]
fn many_compile_errors_show_the_first_fifty_quickly() {
    // 60 broken statements on one 300,000-character line.
    let filler = "y".repeat(5000);
    let line = format!("var x = {filler} + print 1 +; ").repeat(60);
    let started = std::time::Instant::now();
    let out = minilang().write_stdin(line).output().expect("runs");
    let elapsed = started.elapsed();
    assert_eq!(out.status.code(), Some(65));
    assert!(
        elapsed < std::time::Duration::from_secs(5),
        "took {elapsed:?}"
    );
    let err = stderr_of(&out);
    let tail = &err[err.len().saturating_sub(120)..];
    assert_eq!(err.matches("\nerror: ").count() + 1, 50, "{tail}");
    assert!(
        err.ends_with("compile errors (the first 50 shown); nothing was run\n"),
        "{tail}"
    );
}
