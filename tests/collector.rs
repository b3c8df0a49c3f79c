//! Properties of the collector that are easiest to state in Rust, through the
//! library: how big the heap gets, what is reclaimed, and that marking a very
//! long chain does not recurse (these tests run on a normal 2 MiB test thread).

use codespan_reporting::term::termcolor::NoColor;
use minilang::driver::{Outcome, Session};
use minilang::heap::{GcMode, HeapConfig, Site};
use minilang::vm::VmConfig;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

/// Program output, shared with the test after the VM has written it.
#[derive(Clone, Default)]
struct Captured(Rc<RefCell<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn run(mode: GcMode, source: &str) -> (Session, String) {
    let out = Captured::default();
    let config = VmConfig {
        heap: HeapConfig {
            mode,
            ..HeapConfig::default()
        },
        ..VmConfig::default()
    };
    let mut session = Session::new(config, Box::new(out.clone()));
    let mut err = NoColor::new(Vec::new());
    let outcome = session.run("test.ml", source.as_bytes().to_vec(), &mut err);
    let errors = String::from_utf8_lossy(err.get_ref()).into_owned();
    assert_eq!(outcome, Outcome::Ok, "{errors}");
    let printed = String::from_utf8_lossy(&out.0.borrow()).into_owned();
    (session, printed)
}

const CHURN: &str = "
class Node { init(v) { this.v = v; } }
var sum = 0;
for (var i = 0; i < 1000000; i = i + 1) { var n = Node(i); sum = sum + n.v; }
print sum;
";

#[test]
fn a_million_dropped_objects_stay_within_a_small_heap() {
    let (session, printed) = run(GcMode::On, CHURN);
    assert_eq!(printed, "499999500000\n");
    let stats = session.vm.heap.stats();
    assert!(stats.allocated.objects >= 1_000_000);
    assert!(stats.collected.objects >= 900_000, "{stats:?}");
    assert!(
        stats.peak_bytes < 4 << 20,
        "peak {} bytes",
        stats.peak_bytes
    );
    assert!(stats.collections >= 10, "{stats:?}");
}

#[test]
fn with_the_collector_off_nothing_is_collected() {
    let (session, _) = run(
        GcMode::Off,
        "class N {} for (var i = 0; i < 10000; i = i + 1) N(); print gc();",
    );
    let stats = session.vm.heap.stats();
    assert_eq!(stats.collected.objects, 0);
    assert_eq!(stats.collections, 0);
    assert!(stats.live.objects >= 10_000);
}

#[test]
fn a_million_long_chain_is_marked_without_recursion() {
    let source = "
class Link { init(next) { this.next = next; } }
var head = nil;
for (var i = 0; i < 1000000; i = i + 1) head = Link(head);
gc();
var n = 0;
for (var p = head; p != nil; p = p.next) n = n + 1;
print n;
head = nil;
print gc() >= 1000000;
";
    // The default 2 MiB test-thread stack would overflow long before a million
    // recursive marks.
    let (_, printed) = run(GcMode::On, source);
    assert_eq!(printed, "1000000\ntrue\n");
}

#[test]
fn a_cycle_of_instances_is_collected() {
    let source = "
class Node {}
var a = Node(); var b = Node();
a.other = b; b.other = a;
gc();
a = nil; b = nil;
print gc();
";
    let (_, printed) = run(GcMode::On, source);
    assert_eq!(printed, "2\n");
}

#[test]
fn an_unreferenced_interned_string_is_collected() {
    let source = "var s = \"only\" + \"once\"; gc(); s = nil; print gc();";
    let (mut session, printed) = run(GcMode::On, source);
    assert_eq!(printed, "1\n");
    let hash = minilang::heap::intern::hash_str("onlyonce");
    assert!(session
        .vm
        .heap
        .find_string("onlyonce", hash, Site::default())
        .is_none());
}

#[test]
fn accounting_balances() {
    let (session, _) = run(GcMode::On, CHURN);
    let stats = session.vm.heap.stats();
    assert_eq!(
        stats.allocated.objects,
        stats.live.objects + stats.collected.objects
    );
    assert_eq!(
        stats.allocated.bytes,
        stats.live.bytes + stats.collected.bytes
    );
}
